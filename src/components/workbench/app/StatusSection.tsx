import { useState } from 'react';
import { formatDate } from '../../../lib/format/vi';
import {
	isLocked,
	nextStatuses,
	reviewStatusLabels,
	reviewStatuses,
	statusRank,
	type ReviewStatus,
} from '../../../schemas/review-status';
import type { StatusChange } from '../../../schemas/review-history';
import { getIn } from '../../../lib/workbench/data-path';
import { useForm } from './form-context';

/** Who usually makes each move (domain.md §2.2): the lead unit, except the quality check and the adoption. */
function defaultUnit(status: ReviewStatus, reviewer: string): string {
	if (status === 'quality-checked') return 'Văn phòng UBND tỉnh';
	if (status === 'adopted') return 'Chủ tịch UBND tỉnh';
	return reviewer;
}

/** A labelled input of this section, kept apart from the record until the move is made. */
function Input(props: {
	id: string;
	label: string;
	value: string;
	onChange: (value: string) => void;
	type?: 'text' | 'date';
	placeholder?: string;
	multiline?: boolean;
}) {
	const common = {
		id: props.id,
		value: props.value,
		onChange: (event: { target: { value: string } }) => props.onChange(event.target.value),
	};
	return (
		<div className="field">
			<label htmlFor={props.id}>{props.label}</label>
			{props.multiline ? (
				<textarea rows={2} {...common} />
			) : (
				<input type={props.type ?? 'text'} placeholder={props.placeholder} {...common} />
			)}
		</div>
	);
}

/** A choice of status. */
function StatusChoice(props: {
	id: string;
	label: string;
	value: ReviewStatus;
	choices: readonly ReviewStatus[];
	onChange: (value: ReviewStatus) => void;
}) {
	return (
		<div className="field">
			<label htmlFor={props.id}>{props.label}</label>
			<select
				id={props.id}
				value={props.value}
				onChange={(event) => props.onChange(event.target.value as ReviewStatus)}
			>
				{props.choices.map((choice) => (
					<option key={choice} value={choice}>
						{reviewStatusLabels[choice]}
					</option>
				))}
			</select>
		</div>
	);
}

/** The status, its history, and the next move; an adopted review is reopened here with a reason. */
export function StatusSection(props: { today: string; onReopen: (entry: StatusChange) => void }) {
	const { data, replace } = useForm();
	const status = (getIn(data, ['status']) ?? 'draft') as ReviewStatus;
	const history = (getIn(data, ['history']) ?? []) as StatusChange[];
	const reviewer = String(getIn(data, ['reviewer', 'unit']) ?? '');
	const choices = nextStatuses[status];
	const [next, setNext] = useState<ReviewStatus | undefined>(undefined);
	const [date, setDate] = useState(props.today);
	const [unit, setUnit] = useState('');
	const [note, setNote] = useState('');
	const [decision, setDecision] = useState('');
	const [reason, setReason] = useState('');
	const [back, setBack] = useState<ReviewStatus>('finalised');
	const target = next && choices.includes(next) ? next : choices[0];
	const move = () => {
		if (!target) return;
		const entry: StatusChange = {
			status: target,
			date,
			unit: unit || defaultUnit(target, reviewer),
			...(note && { note }),
		};
		replace((current) => ({
			...current,
			status: target,
			...(target === 'adopted' && decision && { decision }),
			history: [...((current.history as StatusChange[] | undefined) ?? []), entry],
		}));
		setNext(undefined);
		setNote('');
	};
	return (
		<section aria-labelledby="trang-thai">
			<h2 id="trang-thai">Trạng thái: {reviewStatusLabels[status]}</h2>
			{history.length > 0 && (
				<ol className="history">
					{history.map((entry, index) => (
						<li key={index}>
							{formatDate(entry.date)}: {reviewStatusLabels[entry.status] ?? entry.status} (
							{entry.unit}){entry.note && ` – ${entry.note}`}
							{entry.reason && ` – lý do mở lại: ${entry.reason}`}
						</li>
					))}
				</ol>
			)}
			{target && (
				<fieldset className="group">
					<legend>Chuyển bước tiếp theo</legend>
					{choices.length > 1 && (
						<StatusChoice
							id="buoc-tiep"
							label="Bước tiếp theo"
							value={target}
							choices={choices}
							onChange={setNext}
						/>
					)}
					<Input id="ngay-chuyen" label="Ngày" type="date" value={date} onChange={setDate} />
					<Input
						id="don-vi-chuyen"
						label="Đơn vị thực hiện"
						value={unit}
						placeholder={defaultUnit(target, reviewer)}
						onChange={setUnit}
					/>
					{target === 'adopted' && (
						<Input
							id="quyet-dinh"
							label="Quyết định thông qua phương án (số, ngày)"
							value={decision}
							onChange={setDecision}
						/>
					)}
					<Input id="ghi-chu-chuyen" label="Văn bản, ghi chú" value={note} onChange={setNote} />
					<button type="button" className="secondary" onClick={move}>
						Chuyển sang “{reviewStatusLabels[target]}”
					</button>
					<p className="hint">
						Bước mới được ghi khi lưu phiếu; npm run check kiểm tra thứ tự và ngày.
					</p>
				</fieldset>
			)}
			{isLocked(status) && (
				<fieldset className="group reopen">
					<legend>Mở lại để sửa</legend>
					<p>
						Phương án đã được thông qua: phiếu chỉ đọc. Mở lại cần ghi lý do; việc mở lại được lưu
						ngay.
					</p>
					<StatusChoice
						id="quay-ve"
						label="Quay về bước"
						value={back}
						choices={reviewStatuses.filter((choice) => statusRank(choice) < statusRank('adopted'))}
						onChange={setBack}
					/>
					<Input
						id="ly-do-mo-lai"
						label="Lý do mở lại"
						value={reason}
						onChange={setReason}
						multiline
					/>
					<button
						type="button"
						className="secondary"
						disabled={reason.trim() === ''}
						onClick={() =>
							props.onReopen({ status: back, date, unit: reviewer, reason: reason.trim() })
						}
					>
						Mở lại
					</button>
				</fieldset>
			)}
		</section>
	);
}
