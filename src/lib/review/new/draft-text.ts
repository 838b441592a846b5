import { formatDate } from '../../format/vi';
import { newRecordText } from '../record-file/record-text';
import type { Draft, DraftInput } from './draft-record';

const header = [
	'Bản rà soát, đánh giá thủ tục hành chính theo Biểu mẫu 02/RS-KSTT (Thông tư 02/2017/TT-VPCP).',
	'Sửa trong trình duyệt bằng `npm run workbench`, hoặc sửa trực tiếp tệp này rồi chạy `npm run check`.',
	'Ý nghĩa từng trường: src/schemas/review-record.ts.',
].join('\n');

/** Comments above the sections of a new record, so that a hand edit knows where it is. */
const sectionComments: Record<string, string> = {
	history:
		'Các bước: draft (dự thảo) → submitted (đã trình) → quality-checked (đã kiểm soát chất lượng)\n→ finalised (hoàn thiện) → adopted (đã thông qua) → sent-to-ministry | implemented; mỗi bước ghi ngày và đơn vị.',
	general: 'I. Thông tin chung (GEN.1–3), chép từ thủ tục ngày bắt đầu rà soát.',
	reviewer: 'GEN.4 và V. Đơn vị rà soát, người liên hệ.',
	necessity: 'II. Sự cần thiết: mục tiêu của thủ tục (NEC.1–2) và biện pháp khác (NEC.3).',
	reasonableness:
		'III. Tính hợp lý từng bộ phận: ok: true là Có, false là Không (ghi reason và proposal), null là\nkhông áp dụng; chưa trả lời thì để trống. items: từng giấy tờ, bước, điều kiện.',
	legality: 'IV. Tính hợp pháp.',
	cost: 'Chi phí tuân thủ (Điều 27 Thông tư 02/2017/TT-VPCP); from: nguồn của từng số liệu.',
	option: 'Phương án đơn giản hóa: mỗi thay đổi ghi văn bản cần sửa và phần chi phí tiết kiệm.',
};

/** The file of a new draft: front matter with its comments, and a note saying where it came from. */
export function draftText(input: DraftInput, draft: Draft): string {
	const sources = [
		`thủ tục ${input.id}`,
		...(input.previous ? [`bản rà soát năm ${input.previous.year}`] : []),
		...(input.volume.received !== undefined ? [`số liệu hồ sơ năm ${input.volume.year}`] : []),
	];
	const body = [
		`Bắt đầu rà soát ngày ${formatDate(input.today)} bằng \`npm run review -- new\`, từ ${sources.join(', ')}.`,
		...(input.previous
			? []
			: ['Số giờ của từng hoạt động đang để 0: cần ước tính hoặc khảo sát trước khi trình.']),
	].join('\n\n');
	return newRecordText(draft.data, header, sectionComments, body);
}
