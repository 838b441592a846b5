import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** LibreOffice’s command (`soffice` from Debian’s libreoffice-writer-nogui); `LIBREOFFICE` overrides it. */
export function libreOfficeCommand(env: Readonly<Record<string, string | undefined>>): string {
	return env.LIBREOFFICE || 'soffice';
}

/** A converted file: the PDF’s path, its size and page count. */
export interface PdfResult {
	source: string;
	pdf: string;
	bytes: number;
	pages: number;
}

/** Pages of a PDF, from its page tree’s `/Count` (LibreOffice writes it uncompressed). */
export function pdfPageCount(pdf: Buffer): number {
	const counts = [
		...pdf
			.toString('latin1')
			.matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)|\/Count\s+(\d+)[^>]*?\/Type\s*\/Pages\b/g),
	];
	return Math.max(0, ...counts.map((match) => Number(match[1] ?? match[2])));
}

/**
 * Converts .docx files to PDF with headless LibreOffice, as a leader’s office suite would open
 * them. A throwaway profile keeps runs apart from each other and from a desktop session; a
 * conversion still running after `timeoutMs` is stopped and fails.
 */
export async function convertToPdf(
	files: string[],
	outDir: string,
	command = 'soffice',
	timeoutMs = 120_000
): Promise<string[]> {
	const profile = await mkdtemp(join(tmpdir(), 'tthc-lo-profile-'));
	try {
		await run(
			command,
			[
				'--headless',
				`-env:UserInstallation=${pathToFileURL(profile).href}`,
				'--convert-to',
				'pdf',
				'--outdir',
				outDir,
				...files,
			],
			{ timeout: timeoutMs }
		);
	} finally {
		await rm(profile, { recursive: true, force: true });
	}
	return files.map((file) => join(outDir, basename(file).replace(/\.docx$/i, '.pdf')));
}
