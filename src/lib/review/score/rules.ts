import type { ReviewConfig } from '../../../schemas/review-config';
import { formatNumber } from '../../format/vi';

/**
 * The scoring rules in words, with the thresholds of `config`, for the report and for
 * `npm run review -- score --rules`. They mirror `criteria.ts` and `recommendation.ts`: a
 * project rule built on form 02/RS-KSTT, not a formula set by law.
 */
export function scoringRules(config: ReviewConfig): string[] {
	const { necessityThreshold, alternativeCap } = config.scoring;
	const weights = Object.entries(config.scoring.componentWeights);
	return [
		'Sự cần thiết (0–100) = số mục tiêu chưa thay đổi và vẫn đạt được ÷ tổng số mục tiêu × 100; ' +
			'không nêu được mục tiêu cụ thể thì 0 điểm.',
		`Nếu có biện pháp khác thay thế thủ tục (câu hỏi NEC.3), điểm sự cần thiết tối đa ${alternativeCap}.`,
		'Tính hợp lý (0–100) = tổng trọng số các bộ phận trả lời “Có” ÷ tổng trọng số các bộ phận có áp dụng × 100 ' +
			`(11 bộ phận theo Điều 8 Nghị định 63/2010/NĐ-CP; trọng số mặc định 1${
				weights.length > 0
					? `, riêng ${weights.map(([key, weight]) => `${key}: ${weight}`).join(', ')}`
					: ''
			}).`,
		'Tính hợp pháp (0–100) = số câu trả lời “Có” ÷ số câu có áp dụng × 100 (thẩm quyền, hình thức văn bản, ' +
			'đủ bộ phận, phù hợp văn bản cấp trên).',
		`Khuyến nghị: sự cần thiết dưới ${necessityThreshold} → “Thay thế” nếu có biện pháp khác, nếu không “Bãi bỏ”; ` +
			'ngược lại, còn phát hiện về tính hợp lý, tính hợp pháp hoặc có đề xuất thay đổi → “Đơn giản hóa”; ' +
			'không có gì → “Giữ nguyên”.',
		'Chi phí tuân thủ (Điều 27 Thông tư 02/2017/TT-VPCP): chi phí một lần = Σ giờ × thu nhập bình quân một giờ ' +
			'+ phí, lệ phí + chi phí khác; chi phí một năm = chi phí một lần × số lần mỗi năm × số đối tượng (hoặc × số hồ sơ mỗi năm).',
		'Tiết kiệm = chi phí năm trước − chi phí năm sau; tỷ lệ cắt giảm chung = Σ tiết kiệm ÷ Σ chi phí trước ' +
			'(bình quân gia quyền, không lấy trung bình các tỷ lệ). Làm tròn đến đồng ở bước cuối.',
		`Thu nhập bình quân một giờ: ${formatNumber(config.hourlyIncome.value)} đồng/giờ (${config.hourlyIncome.derivation})` +
			(config.hourlyIncome.verified ? '.' : ', chưa đối chiếu văn bản hướng dẫn.'),
	];
}
