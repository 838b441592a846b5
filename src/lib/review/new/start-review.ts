import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { reviewsDir } from '../../content/check-reviews';
import { contentFile, contentPath, type ContentDir } from '../../content/content-dir';
import { writeFileAtomic } from '../../files/atomic-file';
import type { ReviewContent } from '../content';
import { draftRecord, type Draft } from './draft-record';
import { draftText } from './draft-text';
import type { PriorVolume } from './draft-cost';

/** What starting one review did. */
export type StartResult =
	| {
			id: string;
			file: string;
			written: true;
			draft: Draft;
			previousYear?: number;
			volume: PriorVolume;
	  }
	| { id: string; file: string; written: false };

/** Where the record of `id` for `year` lives, in the default content layout (see content-dir.ts). */
export function reviewFile(year: number, id: string): string {
	return `${reviewsDir}/${year}/${id}.md`;
}

/** Options of one start: the day, the lead unit of the procedure, and its dossier count. */
export interface StartOptions {
	content: ContentDir;
	year: number;
	today: string;
	unit: (field: string) => string;
	volume: (id: string) => PriorVolume;
}

/**
 * Writes the draft of `id` for `options.year` unless a record is already there: an existing
 * review is never overwritten. The file is written beside its path and renamed into place.
 */
export async function startReview(
	content: ReviewContent,
	id: string,
	options: StartOptions
): Promise<StartResult> {
	const file = contentFile(options.content, reviewFile(options.year, id));
	const path = contentPath(options.content, reviewFile(options.year, id));
	if (existsSync(path)) return { id, file, written: false };
	const procedure = content.procedures.find((entry) => entry.id === id)!;
	const previous = content.reviews
		.filter((review) => review.data.procedure === id && review.data.year < options.year)
		.sort((a, b) => b.data.year - a.data.year)[0]?.data;
	const volume = options.volume(id);
	const input = {
		id,
		procedure: procedure.data,
		year: options.year,
		today: options.today,
		unit: options.unit(procedure.data.field),
		volume,
		previous,
	};
	const draft = draftRecord(input);
	mkdirSync(dirname(path), { recursive: true });
	await writeFileAtomic(path, draftText(input, draft));
	return {
		id,
		file,
		written: true,
		draft,
		volume,
		...(previous && { previousYear: previous.year }),
	};
}
