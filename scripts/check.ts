import type { CliIo } from '../src/lib/cli/io';
import { runCli } from '../src/lib/cli/run';
import { checkContent } from '../src/lib/content/check-content';
import { formatProblem } from '../src/lib/validation/friendly-errors';
import { parseOptions } from './support/args';

const usage = `Usage: npm run check [-- --quiet]

Validates every file in content/ against its schema and the rules across files.
Errors stop with exit code 1; data-quality flags are listed as warnings.

  --quiet   print only errors and the summary, not each warning
  --help    show this help`;

/** `npm run check`: validates the content under the project root. */
export function main(argv: string[], io: CliIo): number {
	const values = parseOptions(
		argv,
		{
			quiet: { type: 'boolean', default: false },
			help: { type: 'boolean', default: false },
		},
		usage
	);
	if (values.help) {
		io.log(usage);
		return 0;
	}
	const { fileCount, errors, warnings } = checkContent(io.root);
	if (!values.quiet)
		for (const warning of warnings) io.error(`warning: ${formatProblem(warning)}`);
	for (const error of errors) io.error(`error: ${formatProblem(error)}`);
	const flagged = new Set(warnings.map((warning) => warning.file)).size;
	io.log(
		`\nChecked ${fileCount} content file(s): ` +
			`${errors.length} error(s), ${warnings.length} warning(s) in ${flagged} file(s).`
	);
	return errors.length > 0 ? 1 : 0;
}

await runCli(main, import.meta.url);
