import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseOptions } from './support/args';
import { runCli, UserError } from '../src/lib/cli/run';
import { loadProcedures } from '../src/lib/content/load-procedures';
import { dossiersDir } from '../src/lib/dossiers/files';
import { generateDossiers, sampleCsvLines } from '../src/lib/dossiers/generate';
import { sampleDefinitions, sampleProcedures } from '../src/lib/dossiers/samples';
import { openAtomicFile } from '../src/lib/files/atomic-file';

const usage = `Usage: npm run samples:dossiers [-- --only <file>] [-- --out-dir <dir>]

Regenerates the sample dossier files (${sampleDefinitions.map((sample) => sample.file).join(', ')})
from the procedures in content/procedures. Seeded: the same procedures give the same bytes.

  --only <file>     regenerate only this sample
  --out-dir <dir>   write there instead of ${dossiersDir}
  --help            show this help`;

runCli(async () => {
	const values = parseOptions(
		process.argv.slice(2),
		{
			only: { type: 'string' },
			'out-dir': { type: 'string', default: dossiersDir },
			help: { type: 'boolean', default: false },
		},
		usage
	);
	if (values.help) {
		console.log(usage);
		return 0;
	}
	const samples = sampleDefinitions.filter((sample) => !values.only || sample.file === values.only);
	if (samples.length === 0) throw new UserError(`no sample named "${values.only}".\n\n${usage}`);
	const entries = loadProcedures();
	mkdirSync(values['out-dir'], { recursive: true });
	for (const sample of samples) {
		const procedures = sampleProcedures(entries, sample.year);
		const path = join(values['out-dir'], sample.file);
		const file = openAtomicFile(path);
		try {
			const dossiers = generateDossiers({ ...sample.spec, procedures });
			for (const line of sampleCsvLines(dossiers, sample.spec.dateFormat)) await file.write(line);
			await file.commit();
		} catch (error) {
			await file.abort();
			throw error;
		}
		console.log(`${path}: ${sample.spec.total} dossiers over ${procedures.length} procedures`);
	}
	return 0;
});
