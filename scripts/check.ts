import { runCli } from '../src/lib/cli/run';
import { checkContent } from '../src/lib/content/check-content';
import { formatProblem } from '../src/lib/validation/friendly-errors';
import { parseOptions } from './support/args';

const usage = `Usage: npm run check [-- --quiet]

Validates every file in content/ against its schema and the rules across files.
Errors stop with exit code 1; data-quality flags are listed as warnings.

  --quiet   print only errors and the summary, not each warning
  --help    show this help`;

runCli(() => {
	const values = parseOptions(
		process.argv.slice(2),
		{
			quiet: { type: 'boolean', default: false },
			help: { type: 'boolean', default: false },
		},
		usage
	);
	if (values.help) {
		console.log(usage);
		return 0;
	}
	const { fileCount, errors, warnings } = checkContent(process.cwd());
	if (!values.quiet)
		for (const warning of warnings) console.warn(`warning: ${formatProblem(warning)}`);
	for (const error of errors) console.error(`error: ${formatProblem(error)}`);
	const flagged = new Set(warnings.map((warning) => warning.file)).size;
	console.log(
		`\nChecked ${fileCount} content file(s): ` +
			`${errors.length} error(s), ${warnings.length} warning(s) in ${flagged} file(s).`
	);
	return errors.length > 0 ? 1 : 0;
});
