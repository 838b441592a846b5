import { useId, useState } from 'react';
import { formatDong, formatHours, formatNumber, formatPercent } from '../../lib/format/vi';
import { simulate, toggleChange, yearEffect, type SimulatorProps } from '../../lib/review/simulate';

/** Vietnamese units of a time limit; repeated here so the island does not load the schemas. */
const unitLabels: Record<string, string> = {
	'working-days': 'ngày làm việc',
	days: 'ngày',
	hours: 'giờ',
	months: 'tháng',
	unspecified: '',
};

/**
 * Simplification simulator: switch proposed changes on and off and see the compliance cost
 * update. Computes with `simulate`, the same code as `npm run review -- score`.
 */
export default function Simulator(props: SimulatorProps) {
	const proposed = props.changes.map(() => true);
	const [enabled, setEnabled] = useState(proposed);
	const [abolish, setAbolish] = useState(props.action === 'abolish');
	const [note, setNote] = useState('');
	const id = useId();
	const result = simulate(props, enabled, abolish);
	const year = yearEffect(props, result, simulate(props, proposed));
	const toggle = (index: number) => {
		const next = toggleChange(props, enabled, index);
		setEnabled(next.enabled);
		setNote(next.note ?? '');
	};
	const reset = () => {
		setEnabled(proposed);
		setAbolish(props.action === 'abolish');
		setNote('');
	};
	const limit = result.timeLimit;
	const rows: [key: string, label: string, before: string, after: string, value: number][] = [
		[
			'perCase',
			'Chi phí mỗi lần thực hiện',
			formatDong(result.before.perCase),
			formatDong(result.after.perCase),
			result.after.perCase,
		],
		[
			'perYear',
			'Chi phí mỗi năm',
			formatDong(result.before.perYear),
			formatDong(result.after.perYear),
			result.after.perYear,
		],
		[
			'hours',
			'Số giờ mỗi lần',
			formatHours(result.before.hours),
			formatHours(result.after.hours),
			result.after.hours,
		],
	];
	if (limit) {
		const unit = unitLabels[limit.unit] ?? '';
		rows.push([
			'timeLimit',
			'Thời hạn giải quyết',
			`${formatNumber(limit.before)} ${unit}`,
			`${formatNumber(limit.after)} ${unit}`,
			limit.after,
		]);
	}
	return (
		<div className="simulator">
			<fieldset>
				<legend>Các thay đổi đề xuất</legend>
				{props.action === 'abolish' && (
					<div className="toggle">
						<input
							id={`${id}-abolish`}
							type="checkbox"
							checked={abolish}
							onChange={() => setAbolish(!abolish)}
						/>
						<label htmlFor={`${id}-abolish`}>Bãi bỏ thủ tục</label>
					</div>
				)}
				{props.changes.map((change, index) => (
					<div className="toggle" key={index}>
						<input
							id={`${id}-${index}`}
							type="checkbox"
							checked={enabled[index]}
							disabled={abolish}
							onChange={() => toggle(index)}
							data-change-index={index}
						/>
						<label htmlFor={`${id}-${index}`}>
							<strong>{change.label}:</strong> {change.what}
						</label>
					</div>
				))}
				{props.changes.length === 0 && props.action !== 'abolish' && (
					<p>Phương án không đề xuất thay đổi nào.</p>
				)}
				{abolish && props.changes.length > 0 && (
					<p className="simulator-note">
						Bãi bỏ thủ tục: không còn chi phí nào để từng thay đổi giảm, nên các thay đổi không bật,
						tắt được.
					</p>
				)}
				<p className="simulator-note" aria-live="polite" data-note>
					{note}
				</p>
				<button type="button" className="simulator-reset" onClick={reset}>
					Đặt lại như phương án đề xuất
				</button>
			</fieldset>
			<div aria-live="polite">
				<table>
					<caption>Chi phí tuân thủ trước và sau các thay đổi đang chọn</caption>
					<thead>
						<tr>
							<th scope="col">Chỉ tiêu</th>
							<th scope="col" className="num">
								Hiện nay
							</th>
							<th scope="col" className="num">
								Sau đơn giản hóa
							</th>
						</tr>
					</thead>
					<tbody>
						{rows.map(([key, label, before, after, value]) => (
							<tr key={key}>
								<th scope="row">{label}</th>
								<td className="num">{before}</td>
								<td className="num" data-result={key} data-value={value}>
									{after}
								</td>
							</tr>
						))}
					</tbody>
				</table>
				<p className="simulator-summary">
					Tiết kiệm{' '}
					<strong data-result="saving" data-value={result.saving}>
						{formatDong(result.saving)}
					</strong>{' '}
					mỗi năm (
					<span data-result="savingRate" data-value={result.savingRate}>
						{formatPercent(result.savingRate)}
					</span>
					) và{' '}
					<span data-result="hoursSaved" data-value={result.hoursSaved.perYear}>
						{formatHours(result.hoursSaved.perYear)}
					</span>{' '}
					mỗi năm ({formatHours(result.hoursSaved.perCase)} mỗi lần).
				</p>
				{year && props.year && (
					<p className="simulator-year">
						Cả năm {props.year.year} ({formatNumber(props.year.records)} bản rà soát):{' '}
						{formatDong(year.before)} →{' '}
						<span data-result="yearAfter" data-value={year.after}>
							{formatDong(year.after)}
						</span>{' '}
						mỗi năm, tiết kiệm{' '}
						<span data-result="yearSaving" data-value={year.saving}>
							{formatDong(year.saving)}
						</span>{' '}
						({formatPercent(year.savingRate)}).
					</p>
				)}
			</div>
		</div>
	);
}
