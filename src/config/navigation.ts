/** A link of the site header. */
export interface NavigationLink {
	href: string;
	label: string;
}

/** The citizens’ main menu, in order. Pages add themselves here when they exist. */
export const navigation: NavigationLink[] = [
	{ href: '/', label: 'Tra cứu thủ tục' },
	{ href: '/linh-vuc/', label: 'Lĩnh vực' },
	{ href: '/a-z/', label: 'Từ A đến Z' },
	{ href: '/tim-kiem/', label: 'Tìm toàn văn' },
	{ href: '/thay-doi/', label: 'Thay đổi' },
	{ href: '/du-lieu/', label: 'Dữ liệu mở' },
];

/**
 * Pages for officers and leaders (review, statistics, reports), grouped under “Dành cho cán bộ”
 * so that they do not crowd the citizens’ menu.
 */
export const staffNavigation: NavigationLink[] = [
	{ href: '/thong-ke/', label: 'Thống kê' },
	{ href: '/ra-soat/', label: 'Rà soát' },
	{ href: '/ra-soat/giay-to/', label: 'Giấy tờ Nhà nước đã có' },
	{ href: '/bao-cao/', label: 'Báo cáo' },
];
