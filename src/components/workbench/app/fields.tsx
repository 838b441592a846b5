import { useId, useState, type ReactNode } from 'react';
import { formatPath } from '../../../lib/validation/friendly-errors';
import { getIn, type DataPath } from '../../../lib/workbench/data-path';
import {
	formatInput,
	parseDecimalInput,
	parseDongInput,
} from '../../../lib/workbench/number-input';
import { useForm } from './form-context';

/** The problems of one field, read out with it (aria-describedby). */
export function FieldProblems(props: { id: string; path: DataPath; extra?: string[] }) {
	const { problemsAt } = useForm();
	const messages = [
		...(props.extra ?? []),
		...problemsAt(props.path).map((problem) => problem.message),
	];
	if (messages.length === 0) return null;
	return (
		<span id={props.id} className="field-problem" data-path={formatPath(props.path)}>
			{messages.join('; ')}
		</span>
	);
}

function useFieldIds(path: DataPath) {
	const { problemsAt } = useForm();
	const id = useId();
	const invalid = problemsAt(path).some((problem) => problem.severity === 'error');
	return { id, problemId: `${id}-problem`, invalid };
}

/** A text field, one line or several. */
export function TextField(props: {
	label: string;
	path: DataPath;
	multiline?: boolean;
	hint?: string;
	list?: string;
}) {
	const { data, update, readOnly } = useForm();
	const { id, problemId, invalid } = useFieldIds(props.path);
	const value = getIn(data, props.path);
	const common = {
		id,
		value: typeof value === 'string' ? value : '',
		readOnly,
		'aria-invalid': invalid || undefined,
		'aria-describedby': problemId,
		'data-path': formatPath(props.path),
		onChange: (event: { target: { value: string } }) => update(props.path, event.target.value),
	};
	return (
		<div className="field">
			<label htmlFor={id}>{props.label}</label>
			{props.hint && <span className="hint">{props.hint}</span>}
			{props.multiline ? (
				<textarea rows={2} {...common} />
			) : (
				<input type="text" list={props.list} {...common} />
			)}
			<FieldProblems id={problemId} path={props.path} />
		</div>
	);
}

/** A number: whole đồng (“50.000”) or a decimal (“1,5”), as officers write them. */
export function NumberField(props: {
	label: string;
	path: DataPath;
	kind: 'dong' | 'decimal';
	unit?: string;
}) {
	const { data, update, readOnly } = useForm();
	const { id, problemId, invalid } = useFieldIds(props.path);
	const stored = getIn(data, props.path);
	const [text, setText] = useState<string | null>(null);
	const shown = text ?? formatInput(stored, props.kind);
	const parse = props.kind === 'dong' ? parseDongInput : parseDecimalInput;
	const bad = text !== null && text.trim() !== '' && parse(text) === undefined;
	return (
		<div className="field field-number">
			<label htmlFor={id}>
				{props.label}
				{props.unit && <span className="unit"> ({props.unit})</span>}
			</label>
			<input
				id={id}
				type="text"
				inputMode={props.kind === 'dong' ? 'numeric' : 'decimal'}
				value={shown}
				readOnly={readOnly}
				aria-invalid={invalid || bad || undefined}
				aria-describedby={problemId}
				data-path={formatPath(props.path)}
				onChange={(event) => {
					setText(event.target.value);
					const value = parse(event.target.value);
					if (value !== undefined) update(props.path, value);
					else if (event.target.value.trim() === '') update(props.path, undefined);
				}}
				onBlur={() => setText(null)}
			/>
			<FieldProblems
				id={problemId}
				path={props.path}
				extra={
					bad ? [props.kind === 'dong' ? 'cần số đồng, ví dụ 50.000' : 'cần một số, ví dụ 1,5'] : []
				}
			/>
		</div>
	);
}

/** A choice from a list with Vietnamese labels. */
export function SelectField(props: {
	label: string;
	path: DataPath;
	options: readonly (readonly [value: string, label: string])[];
	empty?: string;
}) {
	const { data, update, readOnly } = useForm();
	const { id, problemId, invalid } = useFieldIds(props.path);
	const value = getIn(data, props.path);
	return (
		<div className="field">
			<label htmlFor={id}>{props.label}</label>
			<select
				id={id}
				value={typeof value === 'string' ? value : ''}
				disabled={readOnly}
				aria-invalid={invalid || undefined}
				aria-describedby={problemId}
				data-path={formatPath(props.path)}
				onChange={(event) => update(props.path, event.target.value)}
			>
				{props.empty !== undefined && <option value="">{props.empty}</option>}
				{props.options.map(([option, label]) => (
					<option key={option} value={option}>
						{label}
					</option>
				))}
			</select>
			<FieldProblems id={problemId} path={props.path} />
		</div>
	);
}

/** Yes or no as two radio buttons, for a boolean that must be answered. */
export function YesNoField(props: { label: string; path: DataPath; yes?: string; no?: string }) {
	const { data, update, readOnly } = useForm();
	const name = useId();
	const value = getIn(data, props.path);
	return (
		<fieldset className="yes-no">
			<legend>{props.label}</legend>
			{([true, false] as const).map((option) => (
				<label key={String(option)}>
					<input
						type="radio"
						name={name}
						checked={value === option}
						disabled={readOnly}
						onChange={() => update(props.path, option)}
					/>
					{option ? (props.yes ?? 'Có') : (props.no ?? 'Không')}
				</label>
			))}
		</fieldset>
	);
}

const verdicts = [
	[true, 'Có'],
	[false, 'Không'],
	[null, 'Không áp dụng'],
] as const;

/**
 * A question of form 02/RS-KSTT: Có, Không or Không áp dụng, its reason, and a proposal where the
 * answer is Không. `children` go under it (the rows of a component, a button to make a change).
 */
export function AnswerField(props: {
	label: string;
	path: DataPath;
	children?: ReactNode;
	compact?: boolean;
}) {
	const { data, update, readOnly } = useForm();
	const name = useId();
	const ok = getIn(data, [...props.path, 'ok']);
	return (
		<fieldset
			className={`answer${ok === false ? ' finding' : ''}${props.compact ? ' compact' : ''}`}
		>
			<legend>{props.label}</legend>
			<div className="verdicts">
				{verdicts.map(([value, label]) => (
					<label key={label}>
						<input
							type="radio"
							name={name}
							checked={ok === value}
							disabled={readOnly}
							onChange={() => update([...props.path, 'ok'], value)}
						/>
						{label}
					</label>
				))}
				{ok === undefined && <span className="open">chưa trả lời</span>}
			</div>
			<TextField label="Lý do" path={[...props.path, 'reason']} multiline />
			{ok === false && <TextField label="Đề xuất" path={[...props.path, 'proposal']} multiline />}
			{props.children}
		</fieldset>
	);
}
