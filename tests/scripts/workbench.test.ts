import { createServer } from 'node:net';
import { describe, expect, test } from 'vitest';
import { main } from '../../scripts/workbench';
import { runMain } from '../../src/lib/cli/run';
import { captureIo } from '../support/capture-io';

describe('npm run workbench', () => {
	test('explains itself with --help, in Vietnamese', async () => {
		const io = captureIo(process.cwd());
		expect(await runMain(main, ['--help'], io)).toBe(0);
		expect(io.out).toMatch(/^Cách dùng: npm run workbench \[-- --port <cổng>\]/);
		expect(io.out).toContain('127.0.0.1');
	});

	test('stops with one clear line on a bad port or a port in use', async () => {
		const bad = captureIo(process.cwd());
		expect(await runMain(main, ['--port', 'abc'], bad)).toBe(1);
		expect(bad.err).toBe('lỗi: --port cần một số từ 1 đến 65535, đang là "abc"');
		const busy = createServer();
		await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
		const port = (busy.address() as { port: number }).port;
		const io = captureIo(process.cwd());
		expect(await runMain(main, ['--port', String(port)], io)).toBe(1);
		expect(io.err).toBe(
			`lỗi: cổng ${port} đang được dùng: chọn cổng khác, ví dụ npm run workbench -- --port 4323`
		);
		busy.close();
	});
});
