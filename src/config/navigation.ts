/** Links of the site header, in order. Pages add themselves here when they exist. */
export const navigation: { href: string; label: string }[] = [
	{ href: '/', label: 'Tra cứu thủ tục' },
	{ href: '/ra-soat/', label: 'Rà soát' },
];
