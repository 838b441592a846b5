import { join, relative, resolve, sep } from 'node:path';
import { reviewsDir } from '../content/check-reviews';
import { contentFile, contentPath, type ContentDir } from '../content/content-dir';

/** A year and procedure id as they appear in the workbench’s addresses. */
export interface ReviewRef {
	year: number;
	id: string;
}

/** Reads `2026` and `2.000635` from an address; ids are file names of content/procedures. */
export function parseReviewRef(year: string, id: string): ReviewRef | undefined {
	if (!/^\d{4}$/.test(year) || !/^[a-z0-9][a-z0-9.-]{0,99}$/.test(id) || id.includes('..')) {
		return undefined;
	}
	return { year: Number(year), id };
}

/**
 * The file of a review in a content folder, as messages name it and absolute. The path is checked
 * to stay inside the folder’s `reviews/`: the workbench writes nowhere else.
 */
export function reviewPath(content: ContentDir, ref: ReviewRef): { file: string; path: string } {
	const base = contentPath(content, reviewsDir);
	const path = resolve(base, String(ref.year), `${ref.id}.md`);
	const inside = relative(base, path);
	if (inside.startsWith('..') || inside.split(sep).length !== 2) {
		throw new Error(`đường dẫn ngoài ${reviewsDir}: ${path}`);
	}
	return { file: join(contentFile(content, reviewsDir), String(ref.year), `${ref.id}.md`), path };
}
