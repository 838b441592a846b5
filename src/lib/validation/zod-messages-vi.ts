import { z, type ZodIssue } from 'astro/zod';

/** Numbers in messages keep their decimals, written the Vietnamese way: 0,5 and 1.000.000. */
const numberFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 6 });

/** Vietnamese names of the value types zod reports, as an officer reads them in a YAML file. */
const typeNames: Record<string, string> = {
	string: 'một đoạn chữ',
	number: 'một số',
	integer: 'một số nguyên',
	boolean: 'true hoặc false',
	array: 'một danh sách (mỗi mục một dòng bắt đầu bằng “- ”)',
	object: 'một nhóm trường (mỗi trường một dòng “tên: giá trị”)',
	date: 'một ngày',
	null: 'null',
};

/** Whether zod wrote the message of `issue` itself (English), rather than one of our schemas. */
export function hasDefaultMessage(issue: ZodIssue): boolean {
	return issue.message === z.defaultErrorMap(issue, { defaultError: '', data: undefined }).message;
}

/** What a value should have been, in Vietnamese, for an issue whose message zod wrote. */
export function expectedInVietnamese(issue: ZodIssue): string {
	switch (issue.code) {
		case 'invalid_type':
			return `cần ${typeNames[issue.expected] ?? issue.expected}`;
		case 'invalid_literal':
			return `cần đúng giá trị ${JSON.stringify(issue.expected)}`;
		case 'invalid_enum_value':
			return `cần một trong: ${issue.options.join(', ')}`;
		case 'invalid_union':
		case 'invalid_union_discriminator':
			return 'không khớp dạng nào được phép';
		case 'invalid_string':
			if (issue.validation === 'email') return 'cần một địa chỉ thư điện tử';
			if (issue.validation === 'url') return 'cần một địa chỉ web đầy đủ, ví dụ https://…';
			return 'không đúng dạng';
		case 'too_small':
			return `cần ${bound(issue.type, issue.inclusive ? 'ít nhất' : 'hơn', Number(issue.minimum))}`;
		case 'too_big':
			return `cần ${bound(issue.type, issue.inclusive ? 'nhiều nhất' : 'dưới', Number(issue.maximum))}`;
		case 'not_multiple_of':
			return `cần một bội số của ${numberFormat.format(Number(issue.multipleOf))}`;
		case 'not_finite':
			return 'cần một số hữu hạn';
		case 'invalid_date':
			return 'cần một ngày có thật';
		default:
			return 'giá trị không hợp lệ';
	}
}

/** “ít nhất 1 mục”, “nhiều nhất 100 ký tự”, “số ≥ 2000”. */
function bound(type: string, word: string, limit: number): string {
	if (type === 'array') return `${word} ${numberFormat.format(limit)} mục`;
	if (type === 'string') return `${word} ${numberFormat.format(limit)} ký tự`;
	const sign = { 'ít nhất': '≥', hơn: '>', 'nhiều nhất': '≤', dưới: '<' }[word];
	return `một số ${sign} ${numberFormat.format(limit)}`;
}
