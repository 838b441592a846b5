/**
 * Issuing bodies by the abbreviation that ends a document symbol (`…/TT-BTP`). The list also
 * tells where a symbol ends when the next title is glued to it (`…/NĐ-CPThông tư…`).
 */
export const issuers: Record<string, string> = {
	CP: 'Chính phủ',
	TTg: 'Thủ tướng Chính phủ',
	QH: 'Quốc hội',
	UBTVQH: 'Ủy ban Thường vụ Quốc hội',
	CTN: 'Chủ tịch nước',
	BTP: 'Bộ Tư pháp',
	BTC: 'Bộ Tài chính',
	BCA: 'Bộ Công an',
	BQP: 'Bộ Quốc phòng',
	BNG: 'Bộ Ngoại giao',
	BNV: 'Bộ Nội vụ',
	BYT: 'Bộ Y tế',
	BXD: 'Bộ Xây dựng',
	BCT: 'Bộ Công Thương',
	BGTVT: 'Bộ Giao thông vận tải',
	BGDĐT: 'Bộ Giáo dục và Đào tạo',
	BKHĐT: 'Bộ Kế hoạch và Đầu tư',
	BKHCN: 'Bộ Khoa học và Công nghệ',
	BTTTT: 'Bộ Thông tin và Truyền thông',
	BTNMT: 'Bộ Tài nguyên và Môi trường',
	BNNPTNT: 'Bộ Nông nghiệp và Phát triển nông thôn',
	BNNMT: 'Bộ Nông nghiệp và Môi trường',
	BLĐTBXH: 'Bộ Lao động - Thương binh và Xã hội',
	BVHTTDL: 'Bộ Văn hóa, Thể thao và Du lịch',
	BDTTG: 'Bộ Dân tộc và Tôn giáo',
	UBDT: 'Ủy ban Dân tộc',
	NHNN: 'Ngân hàng Nhà nước Việt Nam',
	VPCP: 'Văn phòng Chính phủ',
	TTCP: 'Thanh tra Chính phủ',
	KTNN: 'Kiểm toán nhà nước',
	TANDTC: 'Tòa án nhân dân tối cao',
	VKSNDTC: 'Viện kiểm sát nhân dân tối cao',
	HĐTP: 'Hội đồng Thẩm phán Tòa án nhân dân tối cao',
	UBND: 'Ủy ban nhân dân',
	HĐND: 'Hội đồng nhân dân',
};

/** Kinds of document by the abbreviation that opens a symbol (`NĐ-CP` → Nghị định). */
const typesBySymbol: Record<string, string> = {
	NĐ: 'Nghị định',
	ND: 'Nghị định',
	NQ: 'Nghị quyết',
	NQLT: 'Nghị quyết liên tịch',
	TT: 'Thông tư',
	TTLT: 'Thông tư liên tịch',
	QĐ: 'Quyết định',
	QD: 'Quyết định',
	PL: 'Pháp lệnh',
	CT: 'Chỉ thị',
	L: 'Luật',
};

/** Document kinds a title may name right before a Quốc hội number (`…/QH14`). */
const assemblyKinds = ['Hiến pháp', 'Bộ luật', 'Nghị quyết', 'Luật'];

/** The longest known issuer that `run` starts with (`CPThông` → `CP`), if any. */
export function knownIssuerPrefix(run: string): string | undefined {
	let best: string | undefined;
	for (const code of Object.keys(issuers)) {
		if (run.startsWith(code) && (!best || code.length > best.length)) best = code;
	}
	return best;
}

/**
 * The kind of document from its symbol. Quốc hội numbers (`24/2008/QH12`) are shared by laws,
 * codes and resolutions, so for them the words just before the number decide, then the title.
 */
export function legalType(symbol: string, before = '', title = ''): string | undefined {
	const [first = ''] = symbol.split('-');
	if (!/^QH\d*$/.test(first)) return typesBySymbol[first];
	const near = before
		.toLowerCase()
		.replace(/\s+số\s*$/, '')
		.trimEnd();
	const start = title.trim().toLowerCase();
	return (
		assemblyKinds.find((kind) => near.endsWith(kind.toLowerCase())) ??
		assemblyKinds.find((kind) => start.startsWith(kind.toLowerCase())) ??
		'Luật'
	);
}

/** The issuing bodies named by a symbol’s tail, e.g. `TTLT-BTC-BTP` → “Bộ Tài chính, Bộ Tư pháp”. */
export function legalIssuer(symbol: string): string | undefined {
	const segments = symbol.split('-');
	const tail = segments.length > 1 ? segments.slice(1) : segments;
	const names = tail.map((segment) => {
		const code = segment.replace(/\d+$/, '');
		// `hasOwn`: a segment such as `constructor` must not find the object’s inherited members.
		return Object.hasOwn(issuers, code) ? issuers[code] : undefined;
	});
	if (names.some((name) => name === undefined)) return undefined;
	return names.join(', ');
}
