import { slugify } from '../text/fold';
import type { Problem } from '../validation/friendly-errors';

/** What the rule needs of a procedure: its file, its field, and where the field is written. */
export interface FieldOfFile {
	file: string;
	field: string;
	/** Line of the field, looked up only for a file that is reported. */
	lineOf?: () => number | undefined;
}

/**
 * Two spellings of one field (“Cong Chung” and “Công chứng”) get the same page address
 * `/linh-vuc/cong-chung/` (the slug of src/lib/procedure/sort.ts), and one of them would vanish
 * from the site. The spelling most files use is taken as right; each file using another one is
 * an error naming it.
 */
export function fieldSlugProblems(procedures: readonly FieldOfFile[]): Problem[] {
	// Grouped by spelling first: a catalogue has a few dozen fields, so each is slugified once.
	const bySpelling = new Map<string, FieldOfFile[]>();
	for (const procedure of procedures) {
		const files = bySpelling.get(procedure.field);
		if (files) files.push(procedure);
		else bySpelling.set(procedure.field, [procedure]);
	}
	const bySlug = new Map<string, Map<string, FieldOfFile[]>>();
	for (const [field, files] of bySpelling) {
		const slug = slugify(field);
		const spellings = bySlug.get(slug) ?? new Map<string, FieldOfFile[]>();
		spellings.set(field, files);
		bySlug.set(slug, spellings);
	}
	const problems: Problem[] = [];
	for (const [slug, spellings] of bySlug) {
		if (spellings.size < 2) continue;
		const [main, ...others] = [...spellings.entries()].sort(
			([a, filesA], [b, filesB]) => filesB.length - filesA.length || (a < b ? -1 : 1)
		);
		const [name, files] = main!;
		for (const { file, lineOf, field } of others.flatMap(([, list]) => list)) {
			const line = lineOf?.();
			problems.push({
				file,
				...(line ? { line } : {}),
				path: 'field',
				message: `cần viết đúng như ${files.length} tệp khác: ${JSON.stringify(name)} (ví dụ ${files[0]!.file}), vì hai cách viết cùng ra trang /linh-vuc/${slug}/; đang là ${JSON.stringify(field)}${sameLooking(name, field)}`,
				severity: 'error',
			});
		}
	}
	return problems;
}

/** Says why two spellings that look the same differ, when they differ only in Unicode form. */
function sameLooking(a: string, b: string): string {
	return a.normalize('NFC') === b.normalize('NFC') ? ' (cùng chữ nhưng khác dạng Unicode)' : '';
}
