import { createContext, useContext } from 'react';
import type { DataPath } from '../../../lib/workbench/data-path';
import type { Problem } from '../../../lib/validation/friendly-errors';

/** What every field of the form reaches: the record, how to change it, and its problems. */
export interface FormState {
	data: Record<string, unknown>;
	/** Sets the value at `path`; an empty value removes the key. */
	update(path: DataPath, value: unknown): void;
	/** Replaces the whole record (adding and removing rows). */
	replace(change: (data: Record<string, unknown>) => Record<string, unknown>): void;
	/** Problems whose path is exactly `path`. */
	problemsAt(path: DataPath): Problem[];
	/** Adopted records are read-only until reopened. */
	readOnly: boolean;
}

export const FormContext = createContext<FormState | null>(null);

/** The form state; only inside the form. */
export function useForm(): FormState {
	const state = useContext(FormContext);
	if (!state) throw new Error('useForm outside the review form');
	return state;
}
