import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { ImportError } from './import-problem';

/** A file to write: its final path and its whole text. */
export interface FileWrite {
	path: string;
	text: string;
}

/**
 * Writes every file or none. Each text first goes to a temporary file beside its target; only
 * when all of them are written are they renamed into place, one rename each, as the shared
 * `atomic-file` helper does for single files (no fsync: it would make a first import of the
 * 2,642-record corpus wait on the disk 2,642 times, for little gain where rename replaces). A full
 * disk or a refused write therefore leaves every target as it was. A rename failing midway (rare:
 * the folder changed under the run) stops with the list of files already replaced.
 */
export function writeAllOrNothing(writes: readonly FileWrite[]): void {
	const staged: { temp: string; path: string }[] = [];
	let current = '';
	try {
		for (const { path, text } of writes) {
			current = path;
			const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
			staged.push({ temp, path });
			mkdirSync(dirname(path), { recursive: true });
			writeFileSync(temp, text);
		}
	} catch (error) {
		for (const { temp } of staged) removeQuietly(temp);
		throw new ImportError([
			{
				file: current,
				message: `không ghi được tệp (${writeFailure(error)})`,
			},
		]);
	}
	const replaced: string[] = [];
	for (const [index, { temp, path }] of staged.entries()) {
		try {
			renameSync(temp, path);
			replaced.push(path);
		} catch (error) {
			for (const rest of staged.slice(index)) removeQuietly(rest.temp);
			throw new ImportError(
				[
					{
						file: path,
						message:
							`không thay được tệp (${writeFailure(error)}); ` +
							`${replaced.length} tệp đã được ghi trước đó${replaced.length ? `: ${replaced.map((done) => basename(done)).join(', ')}` : ''}; ` +
							`${staged.length - replaced.length} tệp còn lại giữ nguyên`,
					},
				],
				replaced.length === 0
			);
		}
	}
}

/** Removes a temporary file; a failure here must not hide the error that led to it. */
function removeQuietly(path: string): void {
	try {
		rmSync(path, { force: true });
	} catch {
		// Something else sits at the temporary path (a folder): it is not ours to remove.
	}
}

/** Why a write failed, for the officer. */
function writeFailure(error: unknown): string {
	const code = (error as NodeJS.ErrnoException)?.code;
	if (code === 'ENOSPC') return 'đĩa đầy';
	if (code === 'EACCES' || code === 'EPERM') return 'không có quyền ghi';
	if (code === 'EROFS') return 'ổ đĩa chỉ cho đọc';
	if (code === 'EISDIR') return 'đã có một thư mục trùng tên';
	if (code === 'ENOTDIR') return 'đường dẫn đi qua một tệp, không phải thư mục';
	return code ?? (error instanceof Error ? error.message : String(error));
}
