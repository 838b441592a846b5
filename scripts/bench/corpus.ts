import {
	cpSync,
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { unifyFieldSpellings } from '../../src/lib/bench/field-spellings';
import { replicateProcedures, type ProcedureFile } from '../../src/lib/bench/replicate';
import { listMarkdownFiles } from '../../src/lib/content/read-markdown';
import { runImport } from '../../src/lib/import/run-import';
import type { BenchCorpus } from './types';

/** The corpora of the issue, by how many times the real catalogue they hold. */
export const corpusScales = [1, 15, 60] as const;
export type CorpusScale = (typeof corpusScales)[number];

/** Procedures in the largest corpus. */
const largest = 10_000;

/** Marks a corpus folder as complete, so a later run reuses it instead of importing again. */
const readyFile = '.bench-ready';

/**
 * The content folders to measure, made under `workDir` when missing: the real `content/` (1×);
 * every record of the national database imported with `--scope all`, plus the real procedures it
 * lacks, which the sample dossiers and reviews name (15×); and that catalogue replicated to 10,000
 * procedures with distinct codes and names (60×). The larger ones take the real `review/`,
 * `reviews/` and `dossiers/`, so that every page of the site is built.
 */
export async function prepareCorpora(
	root: string,
	scales: readonly CorpusScale[],
	workDir: string,
	log: (text: string) => void
): Promise<BenchCorpus[]> {
	const content = join(root, 'content');
	const corpora: BenchCorpus[] = [];
	for (const scale of scales) {
		if (scale === 1) {
			corpora.push(corpus('1×', content));
			continue;
		}
		const national = join(workDir, 'c15');
		if (!isReady(national)) {
			log(`Đang nhập 2.642 bản ghi quốc gia vào ${national} …`);
			await importNational(root, national);
		}
		if (scale === 15) {
			corpora.push(corpus('15×', national));
			continue;
		}
		const replicated = join(workDir, 'c60');
		if (!isReady(replicated)) {
			log(`Đang nhân bản thành ${largest.toLocaleString('vi-VN')} thủ tục trong ${replicated} …`);
			writeCorpus(root, replicated, replicateProcedures(readProcedures(national), largest));
		}
		corpora.push(corpus('60×', replicated));
	}
	return corpora;
}

function corpus(label: string, contentDir: string): BenchCorpus {
	return {
		label,
		procedures: listMarkdownFiles(join(contentDir, 'procedures')).length,
		contentDir,
	};
}

function isReady(dir: string): boolean {
	return existsSync(join(dir, readyFile));
}

/** Imports every national record, then adds the real procedures the import does not hold. */
async function importNational(root: string, dir: string): Promise<void> {
	rmSync(dir, { recursive: true, force: true });
	const staging = join(dir, 'imported');
	await runImport({ source: join(root, 'sources'), out: staging, scope: 'all', write: false });
	const imported = readProcedures(dir, 'imported');
	const ids = new Set(imported.map((file) => file.id));
	const missing = readProcedures(join(root, 'content')).filter((file) => !ids.has(file.id));
	rmSync(staging, { recursive: true });
	writeCorpus(root, dir, unifyFieldSpellings([...imported, ...missing]));
}

function readProcedures(contentDir: string, folder = 'procedures'): ProcedureFile[] {
	const dir = join(contentDir, folder);
	return listMarkdownFiles(dir).map((name) => ({
		id: name.replace(/\.md$/, ''),
		text: readFileSync(join(dir, name), 'utf8'),
	}));
}

/** Writes the procedures and copies the real review and dossier folders beside them. */
function writeCorpus(root: string, dir: string, files: readonly ProcedureFile[]): void {
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(join(dir, 'procedures'), { recursive: true });
	for (const file of files) writeFileSync(join(dir, 'procedures', `${file.id}.md`), file.text);
	for (const folder of ['review', 'reviews', 'dossiers']) {
		const from = join(root, 'content', folder);
		if (existsSync(from)) cpSync(from, join(dir, folder), { recursive: true });
	}
	writeFileSync(join(dir, readyFile), `${readdirSync(join(dir, 'procedures')).length}\n`);
}
