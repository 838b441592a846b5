import type { CliIo } from '../src/lib/cli/io';
import { runCli, UserError } from '../src/lib/cli/run';
import { startWorkbench } from '../src/lib/workbench/server';
import { contentDir } from '../src/lib/content/content-dir';
import { parseOptions } from './support/args';

const usage = `Cách dùng: npm run workbench [-- --port <cổng>]

Mở bàn làm việc rà soát cho cán bộ kiểm soát thủ tục hành chính: Kế hoạch năm, tiến độ từng
thủ tục và Biểu mẫu 02/RS-KSTT điền trong trình duyệt, với điểm và chi phí tính ngay khi nhập.
Chỉ chạy trên máy này (127.0.0.1); lưu vào content/reviews/, không ghi ở nơi khác. Trang công
khai (npm run build) không có phần sửa này.

  --port <cổng>   cổng trên 127.0.0.1 (mặc định 4322)
  --help          xem hướng dẫn này

Dừng bằng Ctrl+C.`;

/** Reads `--port`: 1–65535. */
function parsePort(value: string | undefined): number {
	if (value === undefined) return 4322;
	const port = Number(value);
	if (!Number.isInteger(port) || port < 1 || port > 65535) {
		throw new UserError(`--port cần một số từ 1 đến 65535, đang là "${value}"`);
	}
	return port;
}

/** `npm run workbench`: serves the workbench until the process is stopped. */
export async function main(argv: string[], io: CliIo): Promise<number> {
	const values = parseOptions(
		argv,
		{ port: { type: 'string' }, help: { type: 'boolean', default: false } },
		usage
	);
	if (values.help) {
		io.log(usage);
		return 0;
	}
	const port = parsePort(values.port);
	const workbench = await startWorkbench({ content: contentDir(io.root, io.env), port }).catch(
		(error: NodeJS.ErrnoException) => {
			if (error.code === 'EADDRINUSE') {
				throw new UserError(
					`cổng ${port} đang được dùng: chọn cổng khác, ví dụ npm run workbench -- --port 4323`
				);
			}
			throw error;
		}
	);
	io.log(`Bàn làm việc rà soát: ${workbench.url} (chỉ trên máy này; Ctrl+C để dừng)`);
	await new Promise<void>((resolve) => {
		process.once('SIGINT', resolve);
		process.once('SIGTERM', resolve);
	});
	await workbench.close();
	io.log('Đã dừng bàn làm việc.');
	return 0;
}

await runCli(main, import.meta.url);
