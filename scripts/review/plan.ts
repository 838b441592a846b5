import { UserError } from '../../src/lib/cli/run';
import { loadPlan } from '../../src/lib/content/load-review-content';
import { formatPercent, formatScore } from '../../src/lib/format/vi';
import { parseOptions, parseYear, printJson } from '../support/args';
import type { ReviewCommand } from './command';

const usage = `Usage: npm run review -- plan --year <Y> [--share <s>] [--include-commune] [--json]

Selects the procedures to review in year Y: at least ceil(share × active procedures), by a
priority score built from the grounds in content/review/config.md (dossier volume, feedback,
late rate, time limit vs handling time, yearly compliance cost, dossier burden, years since the
last review, legal basis changed). Ties go by procedure id.

  --year <Y>    plan year, e.g. 2027 (required)
  --share <s>   share to select, 0 < s ≤ 1 (default: the configured share, 0.3)
  --include-commune  choose from the commune-level procedures too (default: the
                includeCommune setting of content/review/config.md, false)
  --json        print {"year","share","population","required","selected":[{"id","name","score","grounds"}],"missingSignals","notes"}
  --help        show this help`;

/** `npm run review -- plan`. */
export const planCommand: ReviewCommand = {
	name: 'plan',
	summary: 'select the procedures to review in a year, with the grounds for each',
	usage,
	async run(args) {
		const values = parseOptions(
			args,
			{
				year: { type: 'string' },
				share: { type: 'string' },
				'include-commune': { type: 'boolean' },
				json: { type: 'boolean' },
			},
			usage
		);
		const year = parseYear(values.year, usage);
		const share = values.share === undefined ? undefined : parseShare(values.share);
		const plan = await loadPlan(year, { share, includeCommune: values['include-commune'] });
		if (values.json) {
			const { ranking: _ranking, selected, ...rest } = plan;
			printJson({
				...rest,
				selected: selected.map(({ id, name, score, grounds }) => ({ id, name, score, grounds })),
			});
			return 0;
		}
		console.log(
			`Kế hoạch rà soát năm ${plan.year}: chọn ${plan.selected.length}/${plan.population} thủ tục đang thực hiện ` +
				`(tối thiểu ${plan.required} = ${formatPercent(plan.share)}).\n`
		);
		plan.selected.forEach((item, index) => {
			console.log(
				`${String(index + 1).padStart(3)}. ${item.id}  ${formatScore(item.score).padStart(5)} điểm  ${item.name}`
			);
			for (const ground of item.grounds) console.log(`       - ${ground}`);
		});
		for (const line of [...plan.missingSignals, ...plan.notes]) console.log(`\nLưu ý: ${line}`);
		return 0;
	},
};

/** Reads `--share`: a number in (0, 1]. */
function parseShare(value: string): number {
	const share = Number(value);
	if (!Number.isFinite(share) || share <= 0 || share > 1) {
		throw new UserError(
			`--share must be a number greater than 0 and at most 1 (e.g. 0.3), got "${value}"`
		);
	}
	return share;
}
