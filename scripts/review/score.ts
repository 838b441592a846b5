import { loadReviewContent } from '../../src/lib/content/load-review-content';
import {
	formatDong,
	formatHours,
	formatNumber,
	formatPercent,
	formatScore,
} from '../../src/lib/format/vi';
import { scoringRules } from '../../src/lib/review/score/rules';
import { scoreYear } from '../../src/lib/review/score/score-year';
import { optionActionLabels } from '../../src/schemas/simplification-option';
import { parseOptions, parseYear, printJson } from '../support/args';
import type { ReviewCommand } from './command';
import { contentDir } from '../../src/lib/content/content-dir';

const usage = `Cách dùng: npm run -s review -- score --year <năm> [--json] [--rules]

Chấm điểm mọi bản rà soát của năm (content/reviews/<năm>/): sự cần thiết, tính hợp lý, tính hợp
pháp thang 0–100; chi phí tuân thủ mỗi lần và mỗi năm trước và sau phương án; số tiết kiệm, tỉ lệ
tiết kiệm và kiến nghị (giữ nguyên / đơn giản hoá / thay thế / bãi bỏ). Tỉ lệ tiết kiệm chung là
Σ tiết kiệm ÷ Σ chi phí trước.

  --year <năm>   năm rà soát, ví dụ 2026 (bắt buộc, trừ khi dùng --rules)
  --json         in điểm dạng JSON ra stdout (dùng npm run -s để chuyển tiếp)
  --rules        in quy tắc chấm điểm bằng tiếng Việt, như trong báo cáo
  --help         xem hướng dẫn này`;

/** `npm run review -- score`. */
export const scoreCommand: ReviewCommand = {
	name: 'score',
	summary: 'chấm điểm các bản rà soát của năm và tính chi phí các phương án',
	usage,
	run(args, io) {
		const values = parseOptions(
			args,
			{ year: { type: 'string' }, json: { type: 'boolean' }, rules: { type: 'boolean' } },
			usage
		);
		const content = loadReviewContent(contentDir(io.root, io.env));
		if (values.rules) {
			for (const rule of scoringRules(content.config)) io.log(`- ${rule}`);
			return 0;
		}
		const scores = scoreYear(content, parseYear(values.year, usage));
		if (values.json) {
			printJson(io, scores);
			return 0;
		}
		io.log(
			`Rà soát năm ${scores.year}: ${formatNumber(scores.records.length)} bản rà soát${scores.sample ? ' (có dữ liệu mẫu)' : ''}.\n`
		);
		for (const record of scores.records) {
			const { cost } = record;
			io.log(
				`${record.id}  cần thiết ${formatScore(record.necessity)} · hợp lý ${formatScore(record.reasonableness)} · ` +
					`hợp pháp ${formatScore(record.legality)} → ${optionActionLabels[record.recommendation]}  ${record.name}`
			);
			io.log(
				`    ${formatDong(cost.before.perCase)}/lần → ${formatDong(cost.after.perCase)}/lần; ` +
					`${formatDong(cost.before.perYear)}/năm → ${formatDong(cost.after.perYear)}/năm; ` +
					`tiết kiệm ${formatDong(cost.saving)} (${formatPercent(cost.savingRate)})`
			);
		}
		const { totals, targets } = scores;
		io.log(
			`\nTổng: ${formatDong(totals.before)}/năm → ${formatDong(totals.after)}/năm; tiết kiệm ${formatDong(totals.saving)} ` +
				`(${formatPercent(totals.savingRate)}, chỉ tiêu ${formatPercent(targets.cost.target)}); ` +
				`${formatHours(totals.hoursSaved)}/năm.`
		);
		return 0;
	},
};
