import type { ProcedureLoss } from './find-losses';

/** What each field holds, in the officer’s words. */
const labels: Record<string, string> = {
	applicants: 'đối tượng thực hiện',
	channels: 'cách thức thực hiện',
	documents: 'thành phần hồ sơ',
	steps: 'trình tự thực hiện',
	conditions: 'yêu cầu, điều kiện',
	results: 'kết quả thực hiện',
	legalBasis: 'căn cứ pháp lý',
	forms: 'mẫu đơn, tờ khai',
	'agencies.implementing': 'cơ quan thực hiện',
	'provenance.url': 'trang nguồn',
	'provenance.decision': 'quyết định công bố',
	'provenance.document': 'tài liệu nguồn',
	'provenance.eraHint': 'ước tính thời kỳ',
	'provenance.snapshot': 'thời điểm thu thập',
	'provenance.source': 'loại nguồn',
};

/**
 * One line per procedure saying exactly what it would lose, field by field:
 * `content/procedures/2.002039.md: sẽ mất documents (thành phần hồ sơ: 7 giấy tờ); …`.
 * `file` turns a procedure id into the path shown.
 */
export function formatLosses(
	losses: readonly ProcedureLoss[],
	file: (id: string) => string
): string[] {
	return losses.map((loss) => {
		if ('dropped' in loss) {
			return `${file(loss.id)}: không còn bản ghi nào trong ${loss.dataset} tạo ra thủ tục này (tệp được để nguyên nhưng sẽ không được cập nhật nữa)`;
		}
		const fields = loss.losses.map(
			({ field, now }) => `${field} (${labels[field] ?? field}: ${now})`
		);
		return `${file(loss.id)}: sẽ mất ${fields.join('; ')}`;
	});
}
