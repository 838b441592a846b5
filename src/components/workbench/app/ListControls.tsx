import type { ReactNode } from 'react';
import { append, getIn, removeAt, type DataPath } from '../../../lib/workbench/data-path';
import { useForm } from './form-context';

/** The items of a list at `path`, each with a “Xóa” button, and an “add” button under them. */
export function EditableList(props: {
	path: DataPath;
	addLabel: string;
	newItem: (data: Record<string, unknown>) => unknown;
	render: (index: number) => ReactNode;
	itemLabel: (index: number) => string;
}) {
	const { data, replace, readOnly } = useForm();
	const list = getIn(data, props.path);
	const items = Array.isArray(list) ? list : [];
	return (
		<div className="list">
			{items.map((_, index) => (
				<div className="list-item" key={index}>
					{props.render(index)}
					{!readOnly && (
						<button
							type="button"
							className="link-button"
							onClick={() => replace((current) => removeAt(current, props.path, index))}
						>
							Xóa {props.itemLabel(index)}
						</button>
					)}
				</div>
			))}
			{!readOnly && (
				<button
					type="button"
					className="secondary"
					onClick={() => replace((current) => append(current, props.path, props.newItem(current)))}
				>
					{props.addLabel}
				</button>
			)}
		</div>
	);
}

/** A short key not yet used in a list of keyed lines: `prefix-1`, `prefix-2`… */
export function freshKey(lines: unknown, prefix: string): string {
	const used = new Set(
		(Array.isArray(lines) ? lines : []).map((line) => (line as { key?: string })?.key)
	);
	for (let n = 1; ; n += 1) if (!used.has(`${prefix}-${n}`)) return `${prefix}-${n}`;
}
