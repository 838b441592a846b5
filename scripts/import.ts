import { runCli, UserError } from '../src/lib/cli/run';
import { formatSummary } from '../src/lib/import/format-summary';
import { runImport } from '../src/lib/import/run-import';
import type { Scope } from '../src/lib/import/select-scope';
import { parseOptions } from './support/args';

const usage = `Usage: npm run import -- [--source <dir>] [--out <dir>] [--scope department|all] [--write]

Imports procedures from the national TTHC database snapshot into Markdown files.
New files are always written. Existing files are compared with their source record:
differences are listed, and the front matter is rewritten only with --write. The body
(text below the front matter) is never touched once the file exists.

  --source <dir>   folder with the source files (default: sources)
  --out <dir>      folder for the procedure files (default: content/procedures;
                   required with --scope all)
  --scope <scope>  department: the department's catalogue (default);
                   all: every record of csdl-all-ministries.jsonl.gz (scale corpus)
  --write          rewrite the front matter of files that differ from the source
  --help           show this help`;

runCli(async () => {
	const values = parseOptions(
		process.argv.slice(2),
		{
			source: { type: 'string', default: 'sources' },
			out: { type: 'string' },
			scope: { type: 'string', default: 'department' },
			write: { type: 'boolean', default: false },
			help: { type: 'boolean', default: false },
		},
		usage
	);
	if (values.help) {
		console.log(usage);
		return 0;
	}
	if (values.scope !== 'department' && values.scope !== 'all') {
		throw new UserError(`--scope must be "department" or "all", got "${values.scope}"`);
	}
	const scope: Scope = values.scope;
	// The scale corpus must never land in the committed catalogue by accident.
	if (scope === 'all' && !values.out)
		throw new UserError('--scope all needs an explicit --out <dir>');
	const out = values.out ?? 'content/procedures';
	const summary = await runImport({
		source: values.source,
		out,
		scope,
		write: values.write,
		onProgress: progressReporter(),
	});
	if (process.stderr.isTTY) process.stderr.write('\n');
	console.log(formatSummary(summary, out, values.write));
	return summary.inputErrors.length > 0 ? 1 : 0;
});

/** Progress on stderr: one updating line on a terminal, otherwise a line every 250 records. */
function progressReporter(): (records: number) => void {
	return (records) => {
		if (process.stderr.isTTY) {
			if (records % 25 === 0) process.stderr.write(`\rRead ${records} record(s)…`);
		} else if (records % 250 === 0) {
			process.stderr.write(`Read ${records} record(s)…\n`);
		}
	};
}
