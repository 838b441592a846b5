import { basename } from 'node:path';

/** A change set’s stable name: its file name without `.md`, e.g. `2026-11-28-1-import`. */
export function changeSetName(file: string): string {
	return basename(file).replace(/\.md$/, '');
}

/** The address of a change set on the list of changes, e.g. `/thay-doi/#2026-11-28-1-import`. */
export function changeSetUrl(file: string, fieldSlug?: string): string {
	return `/thay-doi/${fieldSlug ? `${fieldSlug}/` : ''}#${changeSetName(file)}`;
}
