import { isAbsolute, join, relative, sep } from 'node:path';
import { resolveUserPath, type CliIo } from '../src/lib/cli/io';
import { runCli } from '../src/lib/cli/run';
import { formatNumber } from '../src/lib/format/vi';
import { ShrinkError } from '../src/lib/import/find-losses';
import { formatLosses } from '../src/lib/import/format-losses';
import { formatSummary } from '../src/lib/import/format-summary';
import { formatImportProblem, ImportError } from '../src/lib/import/import-problem';
import { runImport } from '../src/lib/import/run-import';
import { parseOptions } from './support/args';

const usage = `Cách dùng: npm run import -- [--source <thư mục>] [--out <thư mục>] [--scope department|all] [--write] [--allow-shrink]

Nhập thủ tục từ bản chụp CSDL quốc gia về TTHC thành các tệp Markdown.

Trước khi ghi bất cứ tệp nào, lệnh đọc và kiểm tra hết các tệp nguồn. Một dòng hỏng, một bản ghi
thiếu mã hay tên, một mã trùng, một tệp trống, một tệp CSV thiếu cột hay sai dấu ngoặc kép đều làm
lệnh dừng, báo tệp và dòng, và không tệp nào bị ghi.

Tệp mới luôn được tạo. Tệp đã có được so với bản ghi nguồn: chỗ khác được liệt kê, và phần đầu
(front matter) chỉ được ghi lại khi có --write; phần thân và keywords viết tay được giữ nguyên.
Nếu lần nhập làm một thủ tục mất nội dung (thành phần hồ sơ, trình tự, căn cứ pháp lý… từ có thành
trống), mất thông tin nguồn gốc, hoặc không còn bản ghi nguồn nào, lệnh liệt kê từng thủ tục và
dừng, không ghi gì, trừ khi có --allow-shrink.

  --source <thư mục>  thư mục chứa các tệp nguồn (mặc định: sources)
  --out <thư mục>     thư mục chứa tệp thủ tục (mặc định: content/procedures;
                      bắt buộc với --scope all)
  --scope <phạm vi>   department: danh mục của Sở Tư pháp (mặc định);
                      all: mọi bản ghi của csdl-all-ministries.jsonl.gz (bộ dữ liệu thử quy mô)
  --write             ghi lại phần đầu của các tệp khác nguồn
  --allow-shrink      vẫn nhập khi có thủ tục bị mất nội dung (sau khi đã đọc danh sách
                      và chắc rằng nguồn thật sự đã bỏ các nội dung đó)
  --help              in hướng dẫn này`;

/** Source problems shown before the rest are only counted: enough to see the pattern. */
const shownProblems = 50;

/** `npm run import`: maps the source snapshot to procedure files, all or nothing. */
export async function main(argv: string[], io: CliIo): Promise<number> {
	const values = parseOptions(
		argv,
		{
			source: { type: 'string' },
			out: { type: 'string' },
			scope: { type: 'string', default: 'department' },
			write: { type: 'boolean', default: false },
			'allow-shrink': { type: 'boolean', default: false },
			help: { type: 'boolean', default: false },
		},
		usage
	);
	if (values.help) {
		io.log(usage);
		return 0;
	}
	const scope = values.scope;
	if (scope !== 'department' && scope !== 'all') {
		io.error(`lỗi: --scope: cần "department" hoặc "all", đang là "${scope}"`);
		return 1;
	}
	// The scale corpus must never land in the committed catalogue by accident.
	if (scope === 'all' && !values.out) {
		io.error('lỗi: --scope all: cần ghi rõ thư mục đích bằng --out <thư mục>');
		return 1;
	}
	const display = displayPath(io);
	const out = values.out ? resolveUserPath(io, values.out) : join(io.root, 'content/procedures');
	const procedureFile = (id: string) => display(join(out, `${id}.md`));
	try {
		const summary = await runImport({
			source: values.source ? resolveUserPath(io, values.source) : join(io.root, 'sources'),
			out,
			scope,
			write: values.write,
			allowShrink: values['allow-shrink'],
			onProgress: progressReporter(io),
		});
		io.log(formatSummary(summary, display(out), values.write));
		if (summary.changeLog)
			io.log(
				`Đã ghi nhật ký thay đổi ${display(summary.changeLog.file)}: ${formatNumber(summary.changeLog.procedures)} thủ tục thay đổi.`
			);
		if (summary.losses.length > 0) {
			for (const line of formatLosses(summary.losses, procedureFile)) io.error(`cảnh báo: ${line}`);
			io.error(
				`cảnh báo: --allow-shrink: đã chấp nhận để ${formatNumber(summary.losses.length)} thủ tục trên mất nội dung.`
			);
		}
		return 0;
	} catch (error) {
		if (error instanceof ImportError) {
			reportProblems(io, error, display);
			return 1;
		}
		if (error instanceof ShrinkError) {
			for (const line of formatLosses(error.losses, procedureFile)) io.error(`lỗi: ${line}`);
			io.error(`lỗi: ${error.message}`);
			io.error(
				'Hãy kiểm tra lại tệp nguồn (bị cắt, thiếu dòng, thiếu cột?). Các quy tắc: xem mục “Importing from the national database” trong README.'
			);
			return 1;
		}
		throw error;
	}
}

await runCli(main, import.meta.url);

/** Prints every problem of a failed run, the first {@link shownProblems} in full. */
function reportProblems(io: CliIo, error: ImportError, display: (path: string) => string): void {
	const { problems } = error;
	for (const problem of problems.slice(0, shownProblems))
		io.error(`lỗi: ${formatImportProblem(problem, display)}`);
	if (problems.length > shownProblems)
		io.error(`lỗi: … và ${formatNumber(problems.length - shownProblems)} lỗi khác`);
	if (error.wroteNothing)
		io.error(`Không tệp nào được ghi. Sửa ${formatNumber(problems.length)} lỗi trên rồi chạy lại.`);
}

/** Paths as the user sees them: relative to their folder when inside it, absolute otherwise. */
function displayPath(io: CliIo): (path: string) => string {
	return (path) => {
		const shown = relative(io.cwd, path);
		if (shown === '') return '.';
		return shown === '..' || shown.startsWith(`..${sep}`) || isAbsolute(shown) ? path : shown;
	};
}

/** Progress on stderr every 250 records, for the long scale-corpus runs. */
function progressReporter(io: CliIo): (records: number) => void {
	return (records) => {
		if (records % 250 === 0) io.error(`Đã đọc ${formatNumber(records)} bản ghi…`);
	};
}
