import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The small source snapshot the import tests share (4 national records, 6 table rows). */
const base = resolve('tests/fixtures/bad/sources/base');

/** A throwaway project with a copy of the small source snapshot in `sources/`; returns its root. */
export function sourceProject(prefix = 'tthc-changes-'): string {
	const root = mkdtempSync(join(tmpdir(), prefix));
	cpSync(base, join(root, 'sources'), { recursive: true });
	return root;
}

/** Rewrites one national record of `sources/csdl-bo-tu-phap.jsonl`; `null` drops it. */
export function editNationalRecord(
	root: string,
	code: string,
	edit: (record: Record<string, string>) => Record<string, string> | null
): void {
	const path = join(root, 'sources/csdl-bo-tu-phap.jsonl');
	const lines = readFileSync(path, 'utf8')
		.split('\n')
		.filter((line) => line.trim() !== '');
	const edited = lines.flatMap((line) => {
		const record = JSON.parse(line) as Record<string, string>;
		if (record.ma_thu_tuc !== code) return [line];
		const result = edit(record);
		return result ? [JSON.stringify(result)] : [];
	});
	writeFileSync(path, `${edited.join('\n')}\n`);
}
