import type { Flag } from '../../schemas/flag';

/**
 * Vietnam’s provinces and centrally-run cities, so that text copied into a national record from
 * another province’s list (“Sở Tư pháp Thành phố Hà Nội”, “Hình thức nộp (Vĩnh Phúc)”) is never
 * shown as this department’s agency or address.
 *
 * Sources: the 34 units in force from 1 July 2025 are those of Nghị quyết 202/2025/QH15 (12 June
 * 2025) on the arrangement of provincial-level units; the 63 earlier names are those of the
 * list in force from 2008 to 30 June 2025 (Nghị quyết 15/2008/QH12 and later changes), with Huế
 * under its old name “Thừa Thiên Huế” (a city since Nghị quyết 175/2024/QH15). Each entry maps a
 * name to the unit it belongs to today, so that a department of a merged province does not take
 * its own former provinces for others.
 */
export const provinces: Record<string, string> = {
	// The 34 units from 1 July 2025.
	'Hà Nội': 'Hà Nội',
	Huế: 'Huế',
	'Lai Châu': 'Lai Châu',
	'Điện Biên': 'Điện Biên',
	'Sơn La': 'Sơn La',
	'Lạng Sơn': 'Lạng Sơn',
	'Quảng Ninh': 'Quảng Ninh',
	'Thanh Hóa': 'Thanh Hóa',
	'Nghệ An': 'Nghệ An',
	'Hà Tĩnh': 'Hà Tĩnh',
	'Cao Bằng': 'Cao Bằng',
	'Tuyên Quang': 'Tuyên Quang',
	'Lào Cai': 'Lào Cai',
	'Thái Nguyên': 'Thái Nguyên',
	'Phú Thọ': 'Phú Thọ',
	'Bắc Ninh': 'Bắc Ninh',
	'Hưng Yên': 'Hưng Yên',
	'Hải Phòng': 'Hải Phòng',
	'Ninh Bình': 'Ninh Bình',
	'Quảng Trị': 'Quảng Trị',
	'Đà Nẵng': 'Đà Nẵng',
	'Quảng Ngãi': 'Quảng Ngãi',
	'Gia Lai': 'Gia Lai',
	'Khánh Hòa': 'Khánh Hòa',
	'Lâm Đồng': 'Lâm Đồng',
	'Đắk Lắk': 'Đắk Lắk',
	'Hồ Chí Minh': 'Hồ Chí Minh',
	'Đồng Nai': 'Đồng Nai',
	'Tây Ninh': 'Tây Ninh',
	'Cần Thơ': 'Cần Thơ',
	'Vĩnh Long': 'Vĩnh Long',
	'Đồng Tháp': 'Đồng Tháp',
	'Cà Mau': 'Cà Mau',
	'An Giang': 'An Giang',
	// The other names of the 63 units before 1 July 2025, with the unit they joined.
	'Thừa Thiên Huế': 'Huế',
	'Hà Giang': 'Tuyên Quang',
	'Yên Bái': 'Lào Cai',
	'Bắc Kạn': 'Thái Nguyên',
	'Vĩnh Phúc': 'Phú Thọ',
	'Hòa Bình': 'Phú Thọ',
	'Bắc Giang': 'Bắc Ninh',
	'Thái Bình': 'Hưng Yên',
	'Hải Dương': 'Hải Phòng',
	'Hà Nam': 'Ninh Bình',
	'Nam Định': 'Ninh Bình',
	'Quảng Bình': 'Quảng Trị',
	'Quảng Nam': 'Đà Nẵng',
	'Kon Tum': 'Quảng Ngãi',
	'Bình Định': 'Gia Lai',
	'Ninh Thuận': 'Khánh Hòa',
	'Đắk Nông': 'Lâm Đồng',
	'Bình Thuận': 'Lâm Đồng',
	'Phú Yên': 'Đắk Lắk',
	'Bình Phước': 'Đồng Nai',
	'Long An': 'Tây Ninh',
	'Bình Dương': 'Hồ Chí Minh',
	'Bà Rịa – Vũng Tàu': 'Hồ Chí Minh',
	'Sóc Trăng': 'Cần Thơ',
	'Hậu Giang': 'Cần Thơ',
	'Bến Tre': 'Vĩnh Long',
	'Trà Vinh': 'Vĩnh Long',
	'Tiền Giang': 'Đồng Tháp',
	'Bạc Liêu': 'Cà Mau',
	'Kiên Giang': 'An Giang',
};

/** Old-style tone placement in open syllables (“Hoà”, “Thuỷ”), mapped to the new style. */
const tonePairs: [string, string][] = [
	['oà', 'òa'],
	['oá', 'óa'],
	['oả', 'ỏa'],
	['oã', 'õa'],
	['oạ', 'ọa'],
	['oè', 'òe'],
	['oé', 'óe'],
	['oẻ', 'ỏe'],
	['oẽ', 'õe'],
	['oẹ', 'ọe'],
	['uỳ', 'ùy'],
	['uý', 'úy'],
	['uỷ', 'ủy'],
	['uỹ', 'ũy'],
	['uỵ', 'ụy'],
];
const oldTones = tonePairs.map(
	([old, now]) => [new RegExp(`${old}(?!\\p{L})`, 'gu'), now] as [RegExp, string]
);

/**
 * Text in matching form: lower case with its marks (folding would read “tham gia lại” as “Gia
 * Lai”), one tone placement, punctuation and dashes as single spaces.
 */
function matchForm(text: string): string {
	let out = text.normalize('NFC').toLocaleLowerCase('vi');
	for (const [old, now] of oldTones) out = out.replace(old, now);
	return ` ${out.replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
}

/** Longest names first, so “Thừa Thiên Huế” is found whole before “Huế”. */
const patterns = Object.keys(provinces)
	.sort((a, b) => b.length - a.length)
	.map((name) => ({ name, form: matchForm(name) }));

/** The provinces a text names, as listed in {@link provinces}, each once, in list order. */
export function provincesNamed(text: string): string[] {
	let rest = matchForm(text);
	const found: string[] = [];
	for (const { name, form } of patterns) {
		if (!rest.includes(form)) continue;
		found.push(name);
		rest = rest.split(form).join(' ');
	}
	return found;
}

/**
 * The provinces a text names that are not `own` (this department’s province, as set in the
 * organisation settings) or one of the provinces merged into it. With `own` unset, every named
 * province counts as another: the page cannot tell, so it shows none of them as its own.
 */
export function otherProvinces(text: string, own: string | null): string[] {
	const home = own ? (provinces[own] ?? own) : null;
	return provincesNamed(text).filter((name) => provinces[name] !== home);
}

/**
 * The text without the names of other provinces and the word before them (“tỉnh”, “thành phố”),
 * e.g. “Ủy ban nhân dân cấp tỉnh, Sở Tư pháp Thành phố Hà Nội” → “Ủy ban nhân dân cấp tỉnh, Sở
 * Tư pháp”, for showing an agency’s kind without the wrong place.
 */
export function withoutProvinces(text: string, names: readonly string[]): string {
	let out = text;
	for (const name of names) {
		const pattern = new RegExp(
			`\\s*(?:\\(\\s*)?(?:(?:thành phố|tỉnh|tp\\.?)\\s+)?${namePattern(name)}(?:\\s*\\))?`,
			'giu'
		);
		out = out.replace(pattern, '');
	}
	return out
		.replace(/\s+,/g, ',')
		.replace(/\s{2,}/g, ' ')
		.trim();
}

/** A province name as a pattern that accepts either tone placement and any dash or spacing. */
function namePattern(name: string): string {
	let pattern = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	for (const [old, now] of tonePairs) pattern = pattern.replaceAll(now, `(?:${now}|${old})`);
	return pattern.replace(/\s*–\s*|\s+/g, '[\\s\\p{Pd}]+');
}

/**
 * The note shown beside a value that names another province: the national record copied one
 * province’s wording into the common list. Built at render time, like a content flag.
 */
export function otherProvinceFlag(path: string, asWritten: string): Flag {
	return {
		code: 'parse-uncertain',
		path,
		message:
			'Nguồn ghi tên cơ quan kèm tên một tỉnh, thành phố khác (chép từ danh mục chung); ở tỉnh này là cơ quan tương ứng.',
		asWritten,
	};
}
