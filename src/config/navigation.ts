/** Links of the site header, in order. Pages add themselves here when they exist. */
export const navigation: { href: string; label: string }[] = [
	{ href: '/', label: 'Tra cứu thủ tục' },
	{ href: '/linh-vuc/', label: 'Lĩnh vực' },
	{ href: '/a-z/', label: 'Từ A đến Z' },
	{ href: '/tim-kiem/', label: 'Tìm toàn văn' },
	{ href: '/du-lieu/', label: 'Dữ liệu mở' },
	{ href: '/thong-ke/', label: 'Thống kê' },
	{ href: '/ra-soat/', label: 'Rà soát' },
	{ href: '/bao-cao/', label: 'Báo cáo' },
];
