import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { astroBuildArgs } from '../src/lib/build/astro-command';
import { indexAfterAstroVariable } from '../src/lib/build/index-after-astro';
import { buildAndSwap, BuildFailedError } from '../src/lib/build/swap-output';
import type { CliIo } from '../src/lib/cli/io';
import { runCli, UserError } from '../src/lib/cli/run';
import { indexSiteAndReport } from '../src/lib/pagefind/index-site';
import { parseOptions } from './support/args';

const usage = `Cách dùng: npm run build

Dựng trang công khai vào một thư mục tạm bên cạnh dist/, rồi chỉ khi dựng xong trọn vẹn mới thay
dist/ bằng bản mới. Nếu dựng lỗi (nội dung sai, thiếu trang…), dist/ cũ giữ nguyên.

  --out-dir <thư mục>   dựng vào thư mục này thay cho dist/ (cách đo hiệu năng dựng trang)
  --help                hiện hướng dẫn này`;

/**
 * Runs `astro build --outDir <outDir>` in the project root, its output going to the terminal,
 * and leaves the full-text index to {@link indexSite} (src/lib/build/index-after-astro.ts).
 */
function astroBuild(root: string, outDir: string): Promise<void> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, astroBuildArgs(outDir), {
			cwd: root,
			env: { ...process.env, [indexAfterAstroVariable]: '1' },
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

/** Builds the full-text index of the built site in `outDir`, Astro’s process having exited. */
async function indexSite(outDir: string, io: CliIo): Promise<void> {
	try {
		io.log(await indexSiteAndReport(outDir));
	} catch (error) {
		throw new BuildFailedError(
			`lập chỉ mục tìm kiếm không thành công: ${(error as Error).message}`
		);
	}
}

/** `npm run build`: builds the site and replaces `dist/` only with a complete build. */
export async function main(argv: string[], io: CliIo): Promise<number> {
	const values = parseOptions(
		argv,
		{ 'out-dir': { type: 'string' }, help: { type: 'boolean', default: false } },
		usage
	);
	if (values.help) {
		io.log(usage);
		return 0;
	}
	const target = values['out-dir'] ? resolve(io.cwd, values['out-dir']) : join(io.root, 'dist');
	const shown = relative(io.root, target);
	// For an output folder outside the project Astro renders from `./.astro/` and then deletes it.
	if (shown.startsWith('..') || isAbsolute(shown)) {
		throw new UserError(`--out-dir phải là một thư mục trong dự án, không phải ${target}`);
	}
	try {
		const { replaced } = await buildAndSwap({
			target,
			build: async (outDir) => {
				await astroBuild(io.root, outDir);
				await indexSite(outDir, io);
			},
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
