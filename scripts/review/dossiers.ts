import { basename, dirname, join } from 'node:path';
import { cannotWrite } from '../../src/lib/cli/fs-errors';
import { resolveUserPath, type CliIo } from '../../src/lib/cli/io';
import { prepareOutputs } from '../../src/lib/cli/output-path';
import { UserError } from '../../src/lib/cli/run';
import { loadProcedures } from '../../src/lib/content/load-procedures';
import { importDossierFile } from '../../src/lib/dossiers/import-file';
import { indexProcedures } from '../../src/lib/dossiers/procedure-index';
import { openRejectsFile } from '../../src/lib/dossiers/rejects-file';
import { summarize, type DossierSummary } from '../../src/lib/dossiers/summary';
import type { RateBase } from '../../src/lib/dossiers/tally';
import { openAtomicFile } from '../../src/lib/files/atomic-file';
import { formatDate, formatNumber, formatRate } from '../../src/lib/format/vi';
import { parseOptions } from '../support/args';
import type { ReviewCommand } from './command';
import { contentDir } from '../../src/lib/content/content-dir';

/** How many rejects are printed; the rejects file has them all. */
const printedRejects = 20;

const usage = `Cách dùng: npm run -s review -- dossiers --input <tệp.csv> [--json] [--out <thống-kê.json>]

Đếm hồ sơ của một tệp xuất từ hệ thống một cửa (mỗi dòng một hồ sơ): tiếp nhận, đã giải
quyết, trước hạn, đúng hạn, trễ hạn, tỉ lệ đúng hạn, hồ sơ trễ hạn không có phiếu xin lỗi, và
các số đó theo từng thủ tục.

Dòng tiêu đề: code,received_at,due_at,finished_at,channel, có thể thêm apology_at,status.
Ngày dạng yyyy-mm-dd hoặc dd/mm/yyyy; finished_at trống là hồ sơ đang giải quyết; channel là
in-person, online, postal hoặc nhãn tiếng Việt (Trực tiếp, Trực tuyến, Dịch vụ bưu chính).
status được đọc nhưng không dùng để đếm: finished_at quyết định hồ sơ đã giải quyết hay chưa.
Tệp phải là UTF-8, mỗi hồ sơ trên một dòng.

Mỗi dòng sai bị loại kèm số dòng và lý do, được in ra (${printedRejects} dòng đầu) và ghi vào tệp
hàng bị loại: <thống-kê>.rejects.csv cạnh --out, hoặc <tệp-vào>.rejects.csv cạnh tệp vào khi
không có --out. Tệp này chỉ được ghi khi có dòng bị loại (khi không có, tệp cũ cùng tên bị xoá).
Mã thoát là 0 khi đọc được tệp, kể cả khi có dòng bị loại. Đường dẫn tương đối tính từ thư mục
đang đứng. Mọi tệp ra được kiểm tra trước khi đọc, ghi ra tệp tạm rồi mới đổi tên: một lần chạy
lỗi không để lại tệp dở dang.

  --input <tệp>           tệp CSV xuất từ hệ thống (UTF-8, phân cách bằng dấu phẩy)
  --json                  in thống kê dạng JSON ra stdout (dùng npm run -s để chuyển tiếp)
  --out <tệp>             ghi thêm thống kê JSON vào tệp này
  --rejects <tệp>         ghi các dòng bị loại vào tệp này
  --rate-base <cơ-sở>     chia tỉ lệ đúng hạn cho "finished" (mặc định) hoặc "received"
  --apology-lead <ngày>   phiếu xin lỗi được tính khi lập trước hạn trả ít nhất chừng ấy ngày
                          (mặc định 0: vào hoặc trước ngày hẹn trả)
  --help                  xem hướng dẫn này`;

export const dossiersCommand: ReviewCommand = {
	name: 'dossiers',
	summary: 'đếm hồ sơ một cửa: tỉ lệ đúng hạn, hồ sơ trễ hạn, phiếu xin lỗi, theo từng thủ tục',
	usage,
	async run(args, io) {
		const values = readOptions(args, io);
		const { input, out } = values;
		const rejectsPath = values.rejects ?? defaultRejectsPath(input, out);
		await prepareOutputs(
			io,
			[
				...(out ? [{ option: '--out', path: out }] : []),
				{ option: '--rejects', path: rejectsPath },
			],
			[{ option: '--input', path: input }]
		);
		const procedures = indexProcedures(
			loadProcedures(contentDir(io.root, io.env)).map(({ id, data }) => ({ id, code: data.code }))
		);
		const rejects = openRejectsFile(rejectsPath);
		const outFile = out ? openAtomicFile(out) : null;
		let printed = 0;
		try {
			const stats = await importDossierFile({
				input,
				procedures,
				rejects,
				rules: { apologyLeadDays: values.apologyLead },
				onReject(row) {
					if (printed++ < printedRejects) io.error(`cảnh báo: ${input}:${row.line}: ${row.reason}`);
				},
			});
			const summary = summarize(stats, values.rateBase);
			const json = JSON.stringify(summary, null, 2);
			// Every output is written out before any is put in place: a full disk changes nothing.
			await rejects.close();
			if (outFile) {
				try {
					await outFile.write(`${json}\n`);
					await outFile.commit();
				} catch (error) {
					throw cannotWrite(outFile.path, error);
				}
			}
			await rejects.commit();
			reportRejects(io, summary, rejectsPath);
			io.log(values.json ? json : describe(summary, input));
			return 0;
		} catch (error) {
			await Promise.all([rejects.abort(), outFile?.abort()]);
			throw error;
		}
	},
};

interface Options {
	input: string;
	json: boolean;
	out?: string;
	rejects?: string;
	rateBase: RateBase;
	apologyLead: number;
}

function readOptions(args: string[], io: CliIo): Options {
	const values = parseOptions(
		args,
		{
			input: { type: 'string' },
			json: { type: 'boolean', default: false },
			out: { type: 'string' },
			rejects: { type: 'string' },
			'rate-base': { type: 'string', default: 'finished' },
			'apology-lead': { type: 'string', default: '0' },
		},
		usage
	);
	if (!values.input) throw new UserError(`thiếu --input <tệp.csv>\n\n${usage}`);
	const rateBase = values['rate-base'];
	if (rateBase !== 'finished' && rateBase !== 'received') {
		throw new UserError(`--rate-base cần "finished" hoặc "received"; đang là "${rateBase}"`);
	}
	const apologyLead = Number(values['apology-lead']);
	if (!/^\d{1,3}$/.test(values['apology-lead'])) {
		throw new UserError(
			`--apology-lead cần một số nguyên ngày từ 0 đến 999; đang là "${values['apology-lead']}"`
		);
	}
	const path = (value: string | undefined) => (value ? resolveUserPath(io, value) : undefined);
	return {
		input: resolveUserPath(io, values.input),
		json: values.json,
		out: path(values.out),
		rejects: path(values.rejects),
		rateBase,
		apologyLead,
	};
}

/** `<out>.rejects.csv` beside the output, or `<input>.rejects.csv` beside the input. */
export function defaultRejectsPath(input: string, out?: string): string {
	const base = out ?? input;
	return join(dirname(base), `${basename(base).replace(/\.(json|csv)$/i, '')}.rejects.csv`);
}

/** Says how many rows were rejected beyond those printed, and where they all are. */
function reportRejects(io: CliIo, summary: DossierSummary, rejectsPath: string): void {
	const { rejectedTotal } = summary;
	if (rejectedTotal > printedRejects) {
		io.error(`cảnh báo: … và ${formatNumber(rejectedTotal - printedRejects)} dòng bị loại khác`);
	}
	if (rejectedTotal > 0) {
		io.error(`${formatNumber(rejectedTotal)} dòng bị loại, có đủ trong ${rejectsPath}`);
	}
}

function describe(summary: DossierSummary, input: string): string {
	const n = formatNumber;
	const period = summary.period
		? `từ ${formatDate(summary.period.from)} đến ${formatDate(summary.period.to)}`
		: 'không có hồ sơ';
	const base = summary.onTimeRateBase === 'finished' ? 'hồ sơ đã giải quyết' : 'hồ sơ tiếp nhận';
	return [
		`${input}: ${n(summary.rows)} dòng, ${n(summary.received)} hồ sơ được đếm, ${n(summary.rejectedTotal)} dòng bị loại (${period})`,
		`  đã giải quyết ${n(summary.finished)}: trước hạn ${n(summary.early)}, đúng hạn ${n(summary.onTime)}, trễ hạn ${n(summary.late)}; đang giải quyết ${n(summary.pending)}`,
		`  tỉ lệ đúng hạn ${formatRate(summary.onTimeRate)} trên ${base}; trực tuyến ${formatRate(summary.onlineShare)}`,
		`  trễ hạn không có phiếu xin lỗi: ${n(summary.lateWithoutApology)}`,
		`  số thủ tục có hồ sơ: ${n(summary.byProcedure.length)} (xem chi tiết với --json)`,
	].join('\n');
}
