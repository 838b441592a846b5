import { createServer } from 'node:net';
import { describe, expect, test } from 'vitest';
import { main } from '../../scripts/workbench';
import { runMain } from '../../src/lib/cli/run';
import { bufferIo } from '../support/cli-io';

describe('npm run workbench', () => {
	test('explains itself with --help, in Vietnamese', async () => {
		const io = bufferIo(process.cwd());
		expect(await runMain(main, ['--help'], io.io)).toBe(0);
		expect(io.stdout()).toMatch(/^Cách dùng: npm run workbench \[-- --port <cổng>\]/);
		expect(io.stdout()).toContain('127.0.0.1');
	});

	test('stops with one clear line on a bad port or a port in use', async () => {
		const bad = bufferIo(process.cwd());
		expect(await runMain(main, ['--port', 'abc'], bad.io)).toBe(1);
		expect(bad.stderrLines()).toEqual(['lỗi: --port cần một số từ 1 đến 65535, đang là "abc"']);
		const busy = createServer();
		await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
		const port = (busy.address() as { port: number }).port;
		const io = bufferIo(process.cwd());
		expect(await runMain(main, ['--port', String(port)], io.io)).toBe(1);
		expect(io.stderrLines()).toEqual([
			`lỗi: cổng ${port} đang được dùng: chọn cổng khác, ví dụ npm run workbench -- --port 4323`,
		]);
		busy.close();
	});
});
