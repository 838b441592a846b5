import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { cannotWrite, isFsError } from '../src/lib/cli/fs-errors';
import { resolveUserPath, type CliIo } from '../src/lib/cli/io';
import { prepareOutputs } from '../src/lib/cli/output-path';
import { runCli, UserError } from '../src/lib/cli/run';
import { loadProcedures } from '../src/lib/content/load-procedures';
import { dossiersDir } from '../src/lib/dossiers/files';
import { generateDossiers, sampleCsvLines } from '../src/lib/dossiers/generate';
import { sampleDefinitions, sampleProcedures } from '../src/lib/dossiers/samples';
import { openAtomicFile } from '../src/lib/files/atomic-file';
import { formatNumber } from '../src/lib/format/vi';
import { parseOptions } from './support/args';
import { contentDir, contentPath } from '../src/lib/content/content-dir';

const usage = `Cách dùng: npm run samples:dossiers [-- --only <tệp>] [-- --out-dir <thư-mục>]

Tạo lại các tệp hồ sơ mẫu (${sampleDefinitions.map((sample) => sample.file).join(', ')})
từ các thủ tục trong content/procedures. Có hạt giống cố định: cùng danh mục cho cùng từng byte.

  --only <tệp>          chỉ tạo lại tệp mẫu này
  --out-dir <thư-mục>   ghi vào đây thay vì ${dossiersDir} (tương đối: tính từ thư mục đang đứng)
  --help                xem hướng dẫn này`;

/** `npm run samples:dossiers`: regenerates the seeded sample dossier files. */
export async function main(argv: string[], io: CliIo): Promise<number> {
	const values = parseOptions(
		argv,
		{
			only: { type: 'string' },
			'out-dir': { type: 'string' },
			help: { type: 'boolean', default: false },
		},
		usage
	);
	if (values.help) {
		io.log(usage);
		return 0;
	}
	const samples = sampleDefinitions.filter((sample) => !values.only || sample.file === values.only);
	if (samples.length === 0) {
		throw new UserError(
			`không có tệp mẫu "${values.only}"; các tệp mẫu là ${sampleDefinitions.map((sample) => sample.file).join(', ')}`
		);
	}
	const content = contentDir(io.root, io.env);
	const outDir = values['out-dir']
		? resolveUserPath(io, values['out-dir'])
		: contentPath(content, dossiersDir);
	try {
		await mkdir(outDir, { recursive: true });
	} catch (error) {
		throw cannotWrite(outDir, error);
	}
	const paths = samples.map((sample) => join(outDir, sample.file));
	await prepareOutputs(
		io,
		paths.map((path) => ({ option: '--out-dir', path }))
	);
	const entries = loadProcedures(content);
	for (const [index, sample] of samples.entries()) {
		const procedures = sampleProcedures(entries, sample.year);
		const file = openAtomicFile(paths[index]!);
		try {
			const dossiers = generateDossiers({ ...sample.spec, procedures });
			for (const line of sampleCsvLines(dossiers, sample.spec.dateFormat)) await file.write(line);
			await file.commit();
		} catch (error) {
			await file.abort();
			throw isFsError(error) ? cannotWrite(file.path, error) : error;
		}
		io.log(
			`${file.path}: ${formatNumber(sample.spec.total)} hồ sơ của ${formatNumber(procedures.length)} thủ tục`
		);
	}
	return 0;
}

await runCli(main, import.meta.url);
