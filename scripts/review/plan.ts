import { UserError } from '../../src/lib/cli/run';
import { loadPlan } from '../../src/lib/content/load-review-content';
import { formatDecimal, formatPercent, formatScore } from '../../src/lib/format/vi';
import { parseOptions, parseYear, printJson } from '../support/args';
import type { ReviewCommand } from './command';
import { contentDir } from '../../src/lib/content/content-dir';

const usage = `Cách dùng: npm run -s review -- plan --year <năm> [--share <tỉ-lệ>] [--json]

Chọn các thủ tục cần rà soát trong năm: ít nhất ceil(tỉ lệ × số thủ tục đang thực hiện), theo
điểm ưu tiên tính từ các căn cứ trong content/review/config.md (số hồ sơ, phản ánh, tỉ lệ trễ
hạn, thời hạn so với thời gian giải quyết thực tế, chi phí tuân thủ mỗi năm, thành phần hồ sơ,
số năm từ lần rà soát trước, căn cứ pháp lý thay đổi). Bằng điểm thì xếp theo mã thủ tục.

  --year <năm>      năm kế hoạch, ví dụ 2027 (bắt buộc)
  --share <tỉ-lệ>   tỉ lệ cần chọn, 0 < tỉ lệ ≤ 1, viết bằng dấu chấm, ví dụ 0.3
                    (mặc định: tỉ lệ trong cấu hình)
  --json            in {"year","share","population","required","selected":[{"id","name","score",
                    "grounds"}],"missingSignals","notes"} ra stdout (dùng npm run -s để chuyển tiếp)
  --help            xem hướng dẫn này`;

/** `npm run review -- plan`. */
export const planCommand: ReviewCommand = {
	name: 'plan',
	summary: 'chọn các thủ tục rà soát trong năm, kèm căn cứ của từng thủ tục',
	usage,
	async run(args, io) {
		const values = parseOptions(
			args,
			{ year: { type: 'string' }, share: { type: 'string' }, json: { type: 'boolean' } },
			usage
		);
		const year = parseYear(values.year, usage);
		const share = values.share === undefined ? undefined : parseShare(values.share);
		const plan = await loadPlan(year, share, contentDir(io.root, io.env));
		if (values.json) {
			const { ranking: _ranking, selected, ...rest } = plan;
			printJson(io, {
				...rest,
				selected: selected.map(({ id, name, score, grounds }) => ({ id, name, score, grounds })),
			});
			return 0;
		}
		io.log(
			`Kế hoạch rà soát năm ${plan.year}: chọn ${plan.selected.length}/${plan.population} thủ tục đang thực hiện ` +
				`(tối thiểu ${plan.required} = ${formatPercent(plan.share)}).\n`
		);
		plan.selected.forEach((item, index) => {
			io.log(
				`${String(index + 1).padStart(3)}. ${item.id}  ${formatScore(item.score).padStart(5)} điểm  ${item.name}`
			);
			for (const ground of item.grounds) io.log(`       - ${ground}`);
		});
		for (const line of [...plan.missingSignals, ...plan.notes]) io.log(`\nLưu ý: ${line}`);
		return 0;
	},
};

/** Reads `--share`: a number in (0, 1], written with a dot. */
function parseShare(value: string): number {
	const share = Number(value);
	if (!/^\d*\.?\d+$/.test(value) || share <= 0 || share > 1) {
		throw new UserError(
			`--share cần một số lớn hơn 0 và không quá 1, viết bằng dấu chấm, ví dụ 0.3 (${formatDecimal(0.3)}); đang là "${value}"`
		);
	}
	return share;
}
