import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { astroBuildArgs } from '../src/lib/build/astro-command';
import { buildAndSwap, BuildFailedError } from '../src/lib/build/swap-output';
import type { CliIo } from '../src/lib/cli/io';
import { runCli, UserError } from '../src/lib/cli/run';
import { parseOptions } from './support/args';

const usage = `Cách dùng: npm run build

Dựng trang công khai vào một thư mục tạm bên cạnh dist/, rồi chỉ khi dựng xong trọn vẹn mới thay
dist/ bằng bản mới. Nếu dựng lỗi (nội dung sai, thiếu trang…), dist/ cũ giữ nguyên.

  --help    hiện hướng dẫn này`;

/** Runs `astro build --outDir <outDir>` in the project root, its output going to the terminal. */
function astroBuild(root: string, outDir: string): Promise<void> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, astroBuildArgs(outDir), {
			cwd: root,
			stdio: 'inherit',
		});
		child.on('error', reject);
		child.on('exit', (code, signal) => {
			if (code === 0) return resolve();
			// V8 aborts when the heap limit is reached (src/lib/build/astro-command.ts).
			const memory =
				signal === 'SIGABRT' || code === 134
					? '; có thể đã hết bộ nhớ dành cho việc dựng: tăng bằng NODE_OPTIONS=--max-old-space-size=<MB>'
					: '';
			reject(new BuildFailedError(`astro build dừng với ${signal ?? `mã ${code}`}${memory}`));
		});
	});
}

/** `npm run build`: builds the site and replaces `dist/` only with a complete build. */
export async function main(argv: string[], io: CliIo): Promise<number> {
	const values = parseOptions(argv, { help: { type: 'boolean', default: false } }, usage);
	if (values.help) {
		io.log(usage);
		return 0;
	}
	const target = join(io.root, 'dist');
	const shown = relative(io.root, target);
	try {
		const { replaced } = await buildAndSwap({
			target,
			build: (outDir) => astroBuild(io.root, outDir),
			isComplete: (outDir) => existsSync(join(outDir, 'index.html')),
		});
		io.log(replaced ? `Đã thay ${shown}/ bằng bản dựng mới.` : `Đã dựng trang vào ${shown}/.`);
		return 0;
	} catch (error) {
		if (!(error instanceof BuildFailedError)) throw error;
		const kept = existsSync(target) ? `${shown}/ cũ giữ nguyên` : `chưa có ${shown}/`;
		throw new UserError(`dựng trang không thành công (${error.message}); ${kept}.`);
	}
}

await runCli(main, import.meta.url);
