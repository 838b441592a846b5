import { formatDate, formatDong, formatNumber, formatPercent } from '../format/vi';
import { formatProgress } from '../review/progress/progress-text';
import type { ReportData } from './build-report';

/**
 * The few sentences a leader reads first, at the top of the page and of the results report:
 * how far the plan has come, what the year saves against its target, how much of that rests on
 * one procedure, and whether the figures are samples.
 */
export function keyMessages(data: ReportData): string[] {
	const { plan, results } = data;
	const { progress } = plan;
	const messages = [
		`Đã rà soát ${formatProgress(progress.started, progress.planned)} thủ tục trong Kế hoạch năm ${data.year}, trong đó ${formatNumber(progress.submitted)} đã trình; ${formatNumber(progress.overdue.length)} thủ tục chậm so với lịch (tính đến ${formatDate(progress.asOf)})${progress.outside.length > 0 ? `; ${formatNumber(progress.outside.length)} bản rà soát ngoài Kế hoạch tính riêng` : ''}.`,
	];
	if (results) {
		const cost = results.targets.find((target) => target.key === 'cost');
		const { concentration } = results;
		const top = concentration.shares[0];
		messages.push(
			`Các phương án tiết kiệm ${formatDong(results.totals.saving)} mỗi năm, tức ${formatPercent(results.totals.savingRate)} chi phí tuân thủ của các thủ tục đã rà soát${cost ? ` (chỉ tiêu ${formatPercent(cost.target)}: ${cost.met ? 'đạt' : 'chưa đạt'})` : ''}.`
		);
		if (top && top.saving > 0) {
			messages.push(
				`Riêng thủ tục “${top.name}” chiếm ${formatPercent(top.share)} số tiết kiệm; tỷ lệ cắt giảm trung vị của từng thủ tục là ${formatPercent(concentration.medianRate)}, so với ${formatPercent(concentration.weightedRate)} tính chung.`
			);
		}
	}
	if (data.sample)
		messages.push('Số liệu năm này có dữ liệu mẫu: chỉ để minh họa cách đọc báo cáo.');
	return messages;
}
