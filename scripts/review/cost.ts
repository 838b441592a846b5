import { readFileSync } from 'node:fs';
import { UserError } from '../../src/lib/cli/run';
import { formatDong, formatHours, formatPercent } from '../../src/lib/format/vi';
import { parseScmInput } from '../../src/lib/review/parse-scm-input';
import { compareScm, computeScm, type ScmInput } from '../../src/lib/review/scm';
import { parseOptions, printJson } from '../support/args';
import type { ReviewCommand } from './command';

const usage = `Usage: npm run review -- cost --input <file.json> [--after <file.json>] [--json]

Computes the Standard Cost Model (TT 02/2017/TT-VPCP Điều 27) for one procedure. Input file:
  {"hourlyIncome": 47727, "activities": [{"name": "Chuẩn bị hồ sơ", "hours": 2}],
   "fees": 50000, "otherCosts": [{"name": "Chứng thực", "amount": 4000}],
   "timesPerYear": 1, "subjectsPerYear": 120}
Money in whole đồng, hours may be decimal. Output: {"hours","timeCost","perCase","perYear"};
with --after also {"after":{"perCase","perYear"},"saving","savingRate"} (savingRate a fraction).

  --input <file>   inputs today (required)
  --after <file>   inputs after the simplification option
  --json           print JSON
  --help           show this help`;

/** `npm run review -- cost`. */
export const costCommand: ReviewCommand = {
	name: 'cost',
	summary: 'compute the compliance cost of ad-hoc inputs, before and after an option',
	usage,
	run(args) {
		const values = parseOptions(
			args,
			{ input: { type: 'string' }, after: { type: 'string' }, json: { type: 'boolean' } },
			usage
		);
		if (!values.input) throw new UserError(`--input is required\n\n${usage}`);
		const before = computeScm(readInput(values.input));
		const { hours, timeCost, perCase, perYear } = before;
		const result = { hours, timeCost, perCase, perYear };
		const comparison = values.after
			? compareScm(before, computeScm(readInput(values.after)))
			: undefined;
		if (values.json) {
			printJson({ ...result, ...comparison });
			return 0;
		}
		console.log(`Thời gian mỗi lần:     ${formatHours(hours)}`);
		console.log(`Chi phí thời gian:     ${formatDong(timeCost)}/lần`);
		console.log(`Chi phí mỗi lần:       ${formatDong(perCase)}`);
		console.log(`Chi phí mỗi năm:       ${formatDong(perYear)}`);
		if (comparison) {
			console.log(
				`Sau đơn giản hóa:      ${formatDong(comparison.after.perCase)}/lần, ${formatDong(comparison.after.perYear)}/năm`
			);
			console.log(
				`Tiết kiệm:             ${formatDong(comparison.saving)}/năm (${formatPercent(comparison.savingRate)})`
			);
		}
		return 0;
	},
};

/** Reads and validates one input file. */
function readInput(path: string): ScmInput {
	let text: string;
	try {
		text = readFileSync(path, 'utf8');
	} catch (error) {
		throw new UserError(
			`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`
		);
	}
	return parseScmInput(path, text);
}
