import { describe, expect, test } from 'vitest';
import { main } from '../../scripts/build';
import type { CliIo } from '../../src/lib/cli/io';
import { runMain } from '../../src/lib/cli/run';

/** An io that keeps what the command prints. */
function bufferIo(): CliIo & { out: string[]; err: string[] } {
	const out: string[] = [];
	const err: string[] = [];
	return {
		cwd: process.cwd(),
		root: process.cwd(),
		env: {},
		log: (text) => void out.push(text),
		error: (text) => void err.push(text),
		interactive: false,
		out,
		err,
	};
}

// The swap itself is tested in tests/lib/build/swap-output.test.ts; a real build takes minutes.
describe('npm run build', () => {
	test('prints its usage, in Vietnamese, with --help', async () => {
		const io = bufferIo();
		expect(await runMain(main, ['--help'], io)).toBe(0);
		expect(io.out.join('\n')).toContain('dist/ cũ giữ nguyên');
	});

	test('rejects an unknown option before building anything', async () => {
		const io = bufferIo();
		expect(await runMain(main, ['--out', 'x'], io)).toBe(1);
		expect(io.err.join('\n')).toContain('Cách dùng: npm run build');
	});

	test('refuses an output folder outside the project before building anything', async () => {
		const io = bufferIo();
		expect(await runMain(main, ['--out-dir', '../elsewhere'], io)).toBe(1);
		expect(io.err.join('\n')).toContain('--out-dir phải là một thư mục trong dự án');
	});
});
