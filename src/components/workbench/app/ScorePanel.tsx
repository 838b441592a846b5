import { formatDong, formatHours, formatPercent, formatScore } from '../../../lib/format/vi';
import type { LiveReview } from '../../../lib/workbench/live-review';
import { optionActionLabels } from '../../../schemas/simplification-option';

/** Scores and the compliance cost before and after, updated on every keystroke. */
export function ScorePanel(props: { live: LiveReview }) {
	const { score, cost } = props.live;
	return (
		<aside className="score-panel" aria-labelledby="ket-qua" aria-live="polite">
			<h2 id="ket-qua">Kết quả tạm tính</h2>
			{score ? (
				<dl>
					<dt>Sự cần thiết</dt>
					<dd data-result="necessity">{formatScore(score.necessity)}/100</dd>
					<dt>Tính hợp lý</dt>
					<dd data-result="reasonableness">{formatScore(score.reasonableness)}/100</dd>
					<dt>Tính hợp pháp</dt>
					<dd data-result="legality">{formatScore(score.legality)}/100</dd>
					<dt>Khuyến nghị</dt>
					<dd>
						{props.live.open
							? `chờ trả lời đủ (còn ${props.live.open} câu)`
							: optionActionLabels[score.recommendation]}
					</dd>
				</dl>
			) : (
				<p className="hint">Điểm hiện khi phiếu không còn lỗi.</p>
			)}
			{cost ? (
				<dl>
					<dt>Chi phí mỗi lần</dt>
					<dd>
						{formatDong(cost.before.perCase)} →{' '}
						<span data-result="after-per-case" data-value={cost.after.perCase}>
							{formatDong(cost.after.perCase)}
						</span>
					</dd>
					<dt>Chi phí mỗi năm</dt>
					<dd>
						<span data-result="before-per-year" data-value={cost.before.perYear}>
							{formatDong(cost.before.perYear)}
						</span>{' '}
						→{' '}
						<span data-result="after-per-year" data-value={cost.after.perYear}>
							{formatDong(cost.after.perYear)}
						</span>
					</dd>
					<dt>Tiết kiệm mỗi năm</dt>
					<dd data-result="saving" data-value={cost.saving}>
						{formatDong(cost.saving)} ({formatPercent(cost.savingRate)})
					</dd>
					<dt>Giờ tiết kiệm mỗi năm</dt>
					<dd>{formatHours(cost.hoursSaved.perYear)}</dd>
				</dl>
			) : (
				<p className="hint">Chi phí hiện khi mục chi phí và phương án không còn lỗi.</p>
			)}
		</aside>
	);
}
