import { parseDocument } from 'yaml';
import { splitFrontMatter } from '../content/front-matter';
import { slugify } from '../text/fold';
import type { ProcedureFile } from './replicate';

/**
 * The national database writes some fields two ways (“Thi đua – Khen thưởng”, “Thi đua khen
 * thưởng”); both would make the same page `/linh-vuc/thi-dua-khen-thuong/`, which the content check
 * rejects. For the benchmark corpus only, every spelling of a field becomes its most common one
 * (the first in name order on a tie), so the corpus builds as a cleaned catalogue would.
 */
export function unifyFieldSpellings(files: readonly ProcedureFile[]): ProcedureFile[] {
	const fields = files.map((file) => fieldOf(file));
	const counts = new Map<string, Map<string, number>>();
	for (const field of fields) {
		if (field === undefined) continue;
		const spellings = counts.get(slugify(field)) ?? new Map<string, number>();
		spellings.set(field, (spellings.get(field) ?? 0) + 1);
		counts.set(slugify(field), spellings);
	}
	const chosen = new Map(
		[...counts].map(([slug, spellings]) => [
			slug,
			[...spellings].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'vi'))[0]![0],
		])
	);
	return files.map((file, index) => {
		const field = fields[index];
		const wanted = field === undefined ? field : chosen.get(slugify(field));
		return wanted === field ? file : { id: file.id, text: withField(file.text, wanted!) };
	});
}

function fieldOf(file: ProcedureFile): string | undefined {
	const split = splitFrontMatter(file.text);
	if ('reason' in split) return undefined;
	const field = (split.data as { field?: unknown } | null)?.field;
	return typeof field === 'string' ? field : undefined;
}

function withField(text: string, field: string): string {
	const split = splitFrontMatter(text);
	if ('reason' in split) return text;
	const document = parseDocument(split.yaml);
	document.set('field', field);
	return `---\n${document.toString({ lineWidth: 0 })}---\n${split.body}`;
}
