import { readFile } from 'node:fs/promises';
import { cannotRead } from '../../src/lib/cli/fs-errors';
import { resolveUserPath, type CliIo } from '../../src/lib/cli/io';
import { UserError } from '../../src/lib/cli/run';
import { formatDong, formatHours, formatPercent } from '../../src/lib/format/vi';
import { parseScmInput } from '../../src/lib/review/parse-scm-input';
import { compareScm, computeScm, type ScmInput } from '../../src/lib/review/scm';
import { parseOptions, printJson } from '../support/args';
import type { ReviewCommand } from './command';

const usage = `Cách dùng: npm run -s review -- cost --input <tệp.json> [--after <tệp.json>] [--json]

Tính chi phí tuân thủ theo mô hình chi phí chuẩn (TT 02/2017/TT-VPCP Điều 27) của một thủ tục.
Tệp đầu vào:
  {"hourlyIncome": 47727, "activities": [{"name": "Chuẩn bị hồ sơ", "hours": 2}],
   "fees": 50000, "otherCosts": [{"name": "Chứng thực", "amount": 4000}],
   "timesPerYear": 1, "subjectsPerYear": 120}
Tiền là số nguyên đồng, số giờ có thể có phần thập phân (viết bằng dấu chấm trong JSON).
Kết quả JSON: {"hours","timeCost","perCase","perYear"}; với --after thêm
{"after":{"perCase","perYear"},"saving","savingRate"} (savingRate là phân số, 0.25 = 25%).
Đường dẫn tương đối tính từ thư mục đang đứng.

  --input <tệp>   số liệu hiện tại (bắt buộc)
  --after <tệp>   số liệu sau khi áp dụng phương án đơn giản hoá
  --json          in JSON ra stdout (dùng npm run -s để chuyển tiếp)
  --help          xem hướng dẫn này`;

/** `npm run review -- cost`. */
export const costCommand: ReviewCommand = {
	name: 'cost',
	summary: 'tính chi phí tuân thủ của một bộ số liệu, trước và sau phương án',
	usage,
	async run(args, io) {
		const values = parseOptions(
			args,
			{ input: { type: 'string' }, after: { type: 'string' }, json: { type: 'boolean' } },
			usage
		);
		if (!values.input) throw new UserError(`thiếu --input <tệp.json>\n\n${usage}`);
		const before = computeScm(await readInput(io, values.input));
		const { hours, timeCost, perCase, perYear } = before;
		const comparison = values.after
			? compareScm(before, computeScm(await readInput(io, values.after)))
			: undefined;
		if (values.json) {
			printJson(io, { hours, timeCost, perCase, perYear, ...comparison });
			return 0;
		}
		io.log(`Thời gian mỗi lần:     ${formatHours(hours)}`);
		io.log(`Chi phí thời gian:     ${formatDong(timeCost)}/lần`);
		io.log(`Chi phí mỗi lần:       ${formatDong(perCase)}`);
		io.log(`Chi phí mỗi năm:       ${formatDong(perYear)}`);
		if (comparison) {
			io.log(
				`Sau đơn giản hoá:      ${formatDong(comparison.after.perCase)}/lần, ${formatDong(comparison.after.perYear)}/năm`
			);
			io.log(
				`Tiết kiệm:             ${formatDong(comparison.saving)}/năm (${formatPercent(comparison.savingRate)})`
			);
		}
		return 0;
	},
};

/** Reads and validates one input file, given as the user typed it. */
async function readInput(io: CliIo, given: string): Promise<ScmInput> {
	const path = resolveUserPath(io, given);
	let text: string;
	try {
		text = await readFile(path, 'utf8');
	} catch (error) {
		throw cannotRead(path, error);
	}
	return parseScmInput(path, text);
}
