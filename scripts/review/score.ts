import { loadReviewContent } from '../../src/lib/content/load-review-content';
import { formatDong, formatHours, formatPercent, formatScore } from '../../src/lib/format/vi';
import { scoringRules } from '../../src/lib/review/score/rules';
import { scoreYear } from '../../src/lib/review/score/score-year';
import { optionActionLabels } from '../../src/schemas/simplification-option';
import { parseOptions, parseYear, printJson } from '../support/args';
import type { ReviewCommand } from './command';

const usage = `Usage: npm run review -- score --year <Y> [--json] [--rules]

Scores every review record of year Y (content/reviews/<Y>/): necessity, reasonableness and
legality 0–100, compliance cost per case and per year before and after the option, saving,
saving rate and a recommendation (keep / simplify / replace / abolish). The total saving rate is
Σ saving ÷ Σ cost before.

  --year <Y>   review year, e.g. 2026 (required unless --rules)
  --json       print the scores as JSON
  --rules      print the scoring rules in Vietnamese, as they go into the report
  --help       show this help`;

/** `npm run review -- score`. */
export const scoreCommand: ReviewCommand = {
	name: 'score',
	summary: 'score the review records of a year and cost their options',
	usage,
	run(args) {
		const values = parseOptions(
			args,
			{ year: { type: 'string' }, json: { type: 'boolean' }, rules: { type: 'boolean' } },
			usage
		);
		const content = loadReviewContent(process.cwd());
		if (values.rules) {
			for (const rule of scoringRules(content.config)) console.log(`- ${rule}`);
			return 0;
		}
		const scores = scoreYear(content, parseYear(values.year, usage));
		if (values.json) {
			printJson(scores);
			return 0;
		}
		console.log(
			`Rà soát năm ${scores.year}: ${scores.records.length} bản rà soát${scores.sample ? ' (có dữ liệu mẫu)' : ''}.\n`
		);
		for (const record of scores.records) {
			const { cost } = record;
			console.log(
				`${record.id}  cần thiết ${formatScore(record.necessity)} · hợp lý ${formatScore(record.reasonableness)} · ` +
					`hợp pháp ${formatScore(record.legality)} → ${optionActionLabels[record.recommendation]}  ${record.name}`
			);
			console.log(
				`    ${formatDong(cost.before.perCase)}/lần → ${formatDong(cost.after.perCase)}/lần; ` +
					`${formatDong(cost.before.perYear)}/năm → ${formatDong(cost.after.perYear)}/năm; ` +
					`tiết kiệm ${formatDong(cost.saving)} (${formatPercent(cost.savingRate)})`
			);
		}
		const { totals, targets } = scores;
		console.log(
			`\nTổng: ${formatDong(totals.before)}/năm → ${formatDong(totals.after)}/năm; tiết kiệm ${formatDong(totals.saving)} ` +
				`(${formatPercent(totals.savingRate)}, chỉ tiêu ${formatPercent(targets.cost.target)}); ` +
				`${formatHours(totals.hoursSaved)}/năm.`
		);
		return 0;
	},
};
