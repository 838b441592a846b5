import { join, relative } from 'node:path';
import { resolveUserPath, type CliIo } from '../src/lib/cli/io';
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

/** `npm run import`: maps the source snapshot to procedure files. */
export async function main(argv: string[], io: CliIo): Promise<number> {
	const values = parseOptions(
		argv,
		{
			source: { type: 'string' },
			out: { type: 'string' },
			scope: { type: 'string', default: 'department' },
			write: { type: 'boolean', default: false },
			help: { type: 'boolean', default: false },
		},
		usage
	);
	if (values.help) {
		io.log(usage);
		return 0;
	}
	if (values.scope !== 'department' && values.scope !== 'all') {
		throw new UserError(`--scope must be "department" or "all", got "${values.scope}"`);
	}
	const scope: Scope = values.scope;
	// The scale corpus must never land in the committed catalogue by accident.
	if (scope === 'all' && !values.out)
		throw new UserError('--scope all needs an explicit --out <dir>');
	const out = values.out ? resolveUserPath(io, values.out) : join(io.root, 'content/procedures');
	const summary = await runImport({
		source: values.source ? resolveUserPath(io, values.source) : join(io.root, 'sources'),
		out,
		scope,
		write: values.write,
		onProgress: progressReporter(io),
	});
	io.log(formatSummary(summary, relative(io.cwd, out) || '.', values.write));
	return summary.inputErrors.length > 0 ? 1 : 0;
}

await runCli(main, import.meta.url);

/** Progress on stderr every 250 records, for the long scale-corpus runs. */
function progressReporter(io: CliIo): (records: number) => void {
	return (records) => {
		if (records % 250 === 0) io.error(`Read ${records} record(s)…`);
	};
}
