import { basename, dirname, join, resolve } from 'node:path';
import { UserError } from '../../src/lib/cli/run';
import { loadProcedures } from '../../src/lib/content/load-procedures';
import { importDossierFile } from '../../src/lib/dossiers/import-file';
import { indexProcedures } from '../../src/lib/dossiers/procedure-index';
import { summarize, type DossierSummary } from '../../src/lib/dossiers/summary';
import type { RateBase } from '../../src/lib/dossiers/tally';
import { writeFileAtomic } from '../../src/lib/files/atomic-file';
import { parseOptions } from '../support/args';
import type { ReviewCommand } from './command';

/** How many rejects are printed; the rejects file has them all. */
const printedRejects = 20;

const usage = `Usage: npm run review -- dossiers --input <file.csv> [--json] [--out <stats.json>]

Counts the dossiers of a one-stop export (one row per dossier): received, resolved, early, on
time, late, the on-time rate, late dossiers without an apology slip, and the same per procedure.

The CSV header is code,received_at,due_at,finished_at,channel and optionally apology_at,status.
Dates are yyyy-mm-dd or dd/mm/yyyy; an empty finished_at means pending; channel is in-person,
online or postal, or the Vietnamese label (Trực tiếp, Trực tuyến, Dịch vụ bưu chính).
status is read but not counted: finished_at decides whether a dossier is resolved.

Every bad row is rejected with its line and reason, printed (the first ${printedRejects}) and written to
the rejects file, next to the output: <stats>.rejects.csv beside --out, or <input>.rejects.csv
beside the input without --out. It is written only when a row was rejected (an older one at the
same path is then removed). The exit code is 0 when the file was read, even with rejects.

  --input <file>          the CSV export (UTF-8, comma-separated)
  --json                  print the statistics as JSON on stdout
  --out <file>            also write the JSON statistics to this file
  --rejects <file>        write the rejects here instead
  --rate-base <base>      divide the on-time rate by "finished" (default) or "received"
  --apology-lead <days>   an apology slip counts when issued this many days before the due
                          date or earlier (default 0: on or before the due date)
  --help                  show this help`;

export const dossiersCommand: ReviewCommand = {
	name: 'dossiers',
	summary: 'count one-stop dossiers: on-time rate, late ones, apology slips, per procedure',
	usage,
	async run(args) {
		const values = readOptions(args);
		const input = values.input;
		const rejectsPath = values.rejects ?? defaultRejectsPath(input, values.out);
		const procedures = indexProcedures(
			loadProcedures().map(({ id, data }) => ({ id, code: data.code }))
		);
		let printed = 0;
		const stats = await importDossierFile({
			input,
			procedures,
			rejectsPath,
			rules: { apologyLeadDays: values.apologyLead },
			onReject(row) {
				if (printed++ < printedRejects)
					console.error(`rejected: ${input}:${row.line}: ${row.reason}`);
			},
		});
		const summary = summarize(stats, values.rateBase);
		if (summary.rejectedTotal > printedRejects) {
			console.error(`rejected: … and ${summary.rejectedTotal - printedRejects} more`);
		}
		if (summary.rejectedTotal > 0) {
			console.error(`${summary.rejectedTotal} row(s) rejected; all listed in ${rejectsPath}`);
		}
		const json = `${JSON.stringify(summary, null, 2)}\n`;
		if (values.out) await writeFileAtomic(values.out, json);
		if (values.json) process.stdout.write(json);
		else console.log(describe(summary, input));
		return 0;
	},
};

interface Options {
	input: string;
	json: boolean;
	out?: string;
	rejects?: string;
	rateBase: RateBase;
	apologyLead: number;
}

function readOptions(args: string[]): Options {
	const values = parseOptions(
		args,
		{
			input: { type: 'string' },
			json: { type: 'boolean', default: false },
			out: { type: 'string' },
			rejects: { type: 'string' },
			'rate-base': { type: 'string', default: 'finished' },
			'apology-lead': { type: 'string', default: '0' },
		},
		usage
	);
	if (!values.input) throw new UserError(`--input <file.csv> is required.\n\n${usage}`);
	const rateBase = values['rate-base'];
	if (rateBase !== 'finished' && rateBase !== 'received') {
		throw new UserError(`--rate-base must be "finished" or "received", got "${rateBase}"`);
	}
	const apologyLead = Number(values['apology-lead']);
	if (!Number.isInteger(apologyLead) || apologyLead < 0) {
		throw new UserError(
			`--apology-lead must be a whole number of days ≥ 0, got "${values['apology-lead']}"`
		);
	}
	for (const [option, path] of [
		['--out', values.out],
		['--rejects', values.rejects],
	] as const) {
		if (path && resolve(path) === resolve(values.input)) {
			throw new UserError(`${option} must not be the input file`);
		}
	}
	return {
		input: values.input,
		json: values.json,
		out: values.out,
		rejects: values.rejects,
		rateBase,
		apologyLead,
	};
}

/** `<out>.rejects.csv` beside the output, or `<input>.rejects.csv` beside the input. */
export function defaultRejectsPath(input: string, out?: string): string {
	const base = out ?? input;
	return join(dirname(base), `${basename(base).replace(/\.(json|csv)$/i, '')}.rejects.csv`);
}

function describe(summary: DossierSummary, input: string): string {
	const percent = (value: number | null) => (value === null ? '–' : `${(value * 100).toFixed(1)}%`);
	const period = summary.period ? `${summary.period.from} to ${summary.period.to}` : 'no dossiers';
	return [
		`${input}: ${summary.rows} row(s), ${summary.received} counted, ${summary.rejectedTotal} rejected (${period})`,
		`  resolved ${summary.finished}: early ${summary.early}, on time ${summary.onTime}, late ${summary.late}; pending ${summary.pending}`,
		`  on-time rate ${percent(summary.onTimeRate)} of ${summary.onTimeRateBase}; online ${percent(summary.onlineShare)}`,
		`  late without an apology slip: ${summary.lateWithoutApology}`,
		`  procedures with dossiers: ${summary.byProcedure.length} (use --json for the details)`,
	].join('\n');
}
