import { readFileSync } from 'node:fs';
import type { Procedure } from '../../schemas/procedure';
import type { ReviewConfig } from '../../schemas/review-config';
import { todayInVietnam } from '../format/today';
import { recordData } from '../review/record-file/record-text';
import type { ReviewRef } from './review-path';
import { revisionOf } from './save-review';
import type { WorkbenchContent } from './workbench-content';

/** Everything the form needs to edit one review, sent as JSON. */
export interface ReviewPayload {
	file: string;
	year: number;
	id: string;
	/** The front matter as the file has it, without schema defaults, so saving it back changes nothing. */
	data: Record<string, unknown>;
	/** Must come back with the save. */
	revision: string;
	/** The validated procedure file, for section I, the rows and the fee checks. */
	procedure?: Procedure;
	config: ReviewConfig;
	/** Today in Viet Nam, the default date of a status move. */
	today: string;
}

/** Reads the record of `ref` for the form; `undefined` when it does not exist yet. */
export function reviewPayload(
	ref: ReviewRef,
	target: { file: string; path: string },
	state: WorkbenchContent & { content: NonNullable<WorkbenchContent['content']> }
): ReviewPayload | undefined {
	let text: string;
	try {
		text = readFileSync(target.path, 'utf8');
	} catch {
		return undefined;
	}
	return {
		file: target.file,
		year: ref.year,
		id: ref.id,
		data: recordData(target.file, text),
		revision: revisionOf(text),
		procedure: state.content.procedures.find((entry) => entry.id === ref.id)?.data,
		config: state.content.config,
		today: todayInVietnam(),
	};
}
