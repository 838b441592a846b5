import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { monthOfDay } from '../dossiers/days';
import { listDossierFiles } from '../dossiers/load';
import { indexProcedures } from '../dossiers/procedure-index';
import { DossierFileError, readDossierText } from '../dossiers/read-csv';
import type { Problem } from '../validation/friendly-errors';
import type { KnownProcedure } from './check-procedures';
import type { ContentDir } from './content-dir';
import { fileTooLarge } from './file-size';
import { dossierSizeLimit } from './size-limits';

/** What checking the dossier files of `content/dossiers/` found. */
export interface DossierFilesCheck {
	fileCount: number;
	problems: Problem[];
}

/**
 * Checks the committed dossier files with the same row rules as the import: a row the import
 * would reject is an error here, so the statistics page never silently drops one. Two files
 * holding dossiers received in the same month are an error too: the page would count them twice.
 * Every procedure file that exists counts as known, even one failing its schema: its own error
 * says what to fix, and its dossier rows are not reported again.
 */
export function checkDossierFiles(
	content: ContentDir,
	procedures: readonly KnownProcedure[]
): DossierFilesCheck {
	const index = indexProcedures(procedures);
	const files = listDossierFiles(content);
	const problems: Problem[] = [];
	const monthOwner = new Map<string, string>();
	for (const file of files) {
		const read = readDossierFile(content.root, file);
		if (!read.ok) {
			problems.push({ file, path: '', message: read.reason, severity: 'error' });
			continue;
		}
		const { text } = read;
		const months = new Set<string>();
		try {
			const rejects = readDossierText(text, index, (dossier) => {
				months.add(monthOfDay(dossier.received));
			});
			for (const { line, reason } of rejects) {
				problems.push({ file, line, path: '', message: reason, severity: 'error' });
			}
		} catch (error) {
			if (!(error instanceof DossierFileError)) throw error;
			problems.push({ file, path: '', message: error.message, severity: 'error' });
		}
		for (const month of [...months].sort()) {
			const owner = monthOwner.get(month);
			if (owner) {
				problems.push({
					file,
					path: '',
					message: `cần mỗi tháng nằm trong một tệp; tệp này có hồ sơ nhận trong tháng ${month}, như ${owner}: số liệu tháng đó sẽ bị đếm hai lần`,
					severity: 'error',
				});
				break;
			}
			monthOwner.set(month, file);
		}
	}
	return { fileCount: files.length, problems };
}

/**
 * The text of a committed dossier file, or the one reason it cannot be read: a folder, a file
 * over the size limit, a broken link. The check reports the reason; the review volumes skip the
 * file (review/volumes/dossier-volumes.ts), so the two always agree on what is read.
 */
export function readDossierFile(
	root: string,
	file: string
): { ok: true; text: string } | { ok: false; reason: string } {
	const fail = (reason: string) => ({ ok: false as const, reason });
	try {
		const stat = statSync(resolve(root, file));
		if (stat.isDirectory()) return fail('cần một tệp CSV; đang là một thư mục');
		if (stat.size > dossierSizeLimit) {
			return fail(
				fileTooLarge(stat.size, dossierSizeLimit, 'tách thành nhiều tệp, mỗi tệp một năm')
			);
		}
		return { ok: true, text: readFileSync(resolve(root, file), 'utf8') };
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'ENOENT')
			return fail('không mở được: liên kết (symlink) trỏ tới tệp không còn tồn tại');
		return fail(`không đọc được tệp (${code ?? String(error)})`);
	}
}
