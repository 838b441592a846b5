import { UserError } from '../../src/lib/cli/run';
import type { CliIo } from '../../src/lib/cli/io';
import { loadPlan, loadReviewContent } from '../../src/lib/content/load-review-content';
import { organisation } from '../../src/config/organisation';
import { formatDong, formatNumber } from '../../src/lib/format/vi';
import { todayInVietnam } from '../../src/lib/format/today';
import { leadUnit } from '../../src/lib/report/plan-section';
import type { StartResult } from '../../src/lib/review/new/start-review';
import { countDossierVolumes, receivedIn } from '../../src/lib/review/volumes/dossier-volumes';
import { isoDateSchema } from '../../src/schemas/primitives';
import { parseOptions, parseYear } from '../support/args';
import type { ReviewCommand } from './command';
import { contentDir, contentFile } from '../../src/lib/content/content-dir';
import { proceduresBase } from '../../src/lib/content/content-glob';
import { summaryOf } from '../../src/lib/content/procedure-summary';

const usage = `Cách dùng: npm run review -- new --year <Y> (--id <mã> … | --all-planned) [--date <yyyy-mm-dd>]

Bắt đầu rà soát: tạo content/reviews/<Y>/<mã>.md ở trạng thái dự thảo, điền sẵn từ thủ tục
(mục I, một dòng cho mỗi giấy tờ, mỗi bước, mỗi điều kiện; phí, lệ phí và thời hạn của kênh nộp
trực tiếp, mức thu tạm thời nếu đang áp dụng trong năm Y), số hồ sơ năm Y − 1 từ content/dossiers/
và bản rà soát trước của thủ tục nếu có. Không bao giờ ghi đè bản rà soát đã có.

  --year <Y>        năm rà soát, ví dụ 2027 (bắt buộc)
  --id <mã>         mã thủ tục (tên tệp trong content/procedures/); lặp lại để tạo nhiều bản
  --all-planned     tạo cho mọi thủ tục trong Kế hoạch năm Y chưa có bản rà soát
  --date <ngày>     ngày bắt đầu, yyyy-mm-dd (mặc định: hôm nay)
  --help            xem hướng dẫn này

Sau đó: npm run workbench để điền Biểu mẫu 02/RS-KSTT trong trình duyệt.`;

/** One line per procedure started, in Vietnamese. */
function describe(result: Extract<StartResult, { written: true }>): string {
	const { rows, data } = result.draft;
	const fees = (data.cost as { fees: { amount: number }[] }).fees;
	const parts = [
		'dự thảo',
		`${formatNumber(rows.documents)} giấy tờ, ${formatNumber(rows.steps)} bước, ${formatNumber(rows.conditions)} điều kiện`,
		fees.length > 0
			? `phí ${fees.map((fee) => formatDong(fee.amount)).join(' + ')}`
			: 'không có phí',
		result.volume.received === undefined
			? `chưa có số liệu hồ sơ năm ${result.volume.year}`
			: `${formatNumber(result.volume.received)} hồ sơ năm ${result.volume.year}${result.volume.sample ? ' (dữ liệu mẫu)' : ''}`,
		...(result.previousYear ? [`kế thừa bản rà soát năm ${result.previousYear}`] : []),
		...(rows.onceOnly > 0
			? [`${formatNumber(rows.onceOnly)} giấy tờ có đề xuất thay bằng khai thác CSDL (REA.4)`]
			: []),
	];
	return `đã tạo ${result.file}: ${parts.join('; ')}`;
}

/** `npm run review -- new`. */
export const newCommand: ReviewCommand = {
	name: 'new',
	summary: 'bắt đầu rà soát một thủ tục (hoặc cả Kế hoạch): tạo bản dự thảo điền sẵn',
	usage,
	async run(args: string[], io: CliIo) {
		const values = parseOptions(
			args,
			{
				year: { type: 'string' },
				id: { type: 'string', multiple: true },
				'all-planned': { type: 'boolean' },
				date: { type: 'string' },
			},
			usage
		);
		const year = parseYear(values.year, usage);
		const ids = values.id ?? [];
		if (ids.length === 0 && !values['all-planned']) {
			throw new UserError(`cần --id <mã> hoặc --all-planned\n\n${usage}`);
		}
		if (ids.length > 0 && values['all-planned']) {
			throw new UserError('chọn --id hoặc --all-planned, không dùng cả hai');
		}
		const today = values.date ?? todayInVietnam();
		if (!isoDateSchema.safeParse(today).success) {
			throw new UserError(`--date cần một ngày có thật dạng yyyy-mm-dd, đang là "${today}"`);
		}
		const at = contentDir(io.root, io.env);
		const content = loadReviewContent(at);
		for (const id of ids) {
			if (!content.procedures.some((entry) => entry.id === id)) {
				throw new UserError(
					`không có thủ tục "${id}" trong ${contentFile(at, proceduresBase)}/ (mã như 2.000635)`
				);
			}
		}
		const planned = values['all-planned']
			? (await loadPlan(year, undefined, at)).selected.map((item) => item.id)
			: ids;
		const volumes = countDossierVolumes(
			at,
			content.procedures.map((procedure) => ({
				id: procedure.id,
				code: summaryOf(procedure).code,
			}))
		);
		// Loaded here: writing a record needs the yaml package, which every other command’s start
		// would otherwise pay for.
		const { startReview } = await import('../../src/lib/review/new/start-review');
		const options = {
			content: at,
			year,
			today,
			unit: (field: string) => leadUnit(field, undefined, organisation),
			volume: (id: string) => ({
				year: year - 1,
				received: receivedIn(volumes, year - 1, id),
				sample: volumes.sampleYears.has(year - 1),
			}),
		};
		let created = 0;
		const existing: string[] = [];
		for (const id of planned) {
			const result = await startReview(content, id, options);
			if (!result.written) {
				if (!values['all-planned']) {
					throw new UserError(
						`${result.file} đã có: không ghi đè bản rà soát đang có; mở bằng npm run workbench để sửa`
					);
				}
				existing.push(result.file);
				continue;
			}
			created += 1;
			io.log(describe(result));
			for (const fee of result.draft.missingFees) {
				io.error(
					`cảnh báo: ${result.file}: cost.fees: thủ tục ghi phí “${fee}” nhưng không có số tiền; chưa đưa vào chi phí`
				);
			}
		}
		if (values['all-planned']) {
			io.log(
				`Kế hoạch năm ${year}: ${formatNumber(planned.length)} thủ tục; tạo mới ${formatNumber(created)}, đã có ${formatNumber(existing.length)} (không ghi đè).`
			);
		}
		if (created > 0) io.log('Tiếp theo: npm run workbench để điền Biểu mẫu 02/RS-KSTT.');
		return 0;
	},
};
