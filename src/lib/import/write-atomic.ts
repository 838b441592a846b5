import { renameSync, rmSync, writeFileSync } from 'node:fs';

/**
 * Writes a file through a temporary file in the same folder and a rename, so a reader or an
 * interrupted run never sees a half-written procedure.
 */
export function writeFileAtomic(path: string, text: string): void {
	const temporary = `${path}.${process.pid}.tmp`;
	try {
		writeFileSync(temporary, text, 'utf8');
		renameSync(temporary, path);
	} catch (error) {
		rmSync(temporary, { force: true });
		throw error;
	}
}
