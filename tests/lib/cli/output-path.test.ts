import {
	chmodSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, test } from 'vitest';
import { prepareOutputs } from '../../../src/lib/cli/output-path';
import { UserError } from '../../../src/lib/cli/run';
import { temporaryPath } from '../../../src/lib/files/atomic-file';
import { bufferIo } from '../../support/cli-io';

let dir: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'outputs-'));
});

const prepare = (outputs: { option: string; path: string }[], inputs = []) =>
	prepareOutputs(bufferIo(dir).io, outputs, inputs);

describe('prepareOutputs', () => {
	test('accepts a new file or an existing one in an existing folder', async () => {
		writeFileSync(join(dir, 'old.json'), '{}');
		await expect(
			prepare([
				{ option: '--out', path: join(dir, 'new.json') },
				{ option: '--rejects', path: join(dir, 'old.json') },
			])
		).resolves.toBeUndefined();
	});

	test('refuses a path in a missing folder', async () => {
		const path = join(dir, 'no/such/x.json');
		await expect(prepare([{ option: '--out', path }])).rejects.toThrow(
			new UserError(
				`--out ${path}: thư mục ${join(dir, 'no/such')} không tồn tại; hãy tạo thư mục trước hoặc chọn nơi khác`
			)
		);
	});

	test('refuses a folder, a path under a file and a device', async () => {
		mkdirSync(join(dir, 'sub'));
		writeFileSync(join(dir, 'file'), '');
		await expect(prepare([{ option: '--out', path: join(dir, 'sub') }])).rejects.toThrow(
			'đây là một thư mục'
		);
		await expect(prepare([{ option: '--out', path: join(dir, 'file/x') }])).rejects.toThrow(
			`${join(dir, 'file')} không phải là thư mục`
		);
		await expect(prepare([{ option: '--out', path: '/dev/full' }])).rejects.toThrow(
			'đây không phải một tệp thường'
		);
	});

	test('refuses two outputs, or an output and an input, that are one file', async () => {
		const path = join(dir, 'x.csv');
		writeFileSync(path, '');
		symlinkSync(path, join(dir, 'link.csv'));
		await expect(
			prepare([
				{ option: '--out', path },
				{ option: '--rejects', path: join(dir, '.', 'x.csv') },
			])
		).rejects.toThrow(`--rejects và --out cùng chỉ đến ${path}: hãy chọn hai tệp khác nhau`);
		await expect(
			prepareOutputs(
				bufferIo(dir).io,
				[{ option: '--rejects', path: join(dir, 'link.csv') }],
				[{ option: '--input', path }]
			)
		).rejects.toThrow('--rejects và --input cùng chỉ đến');
	});

	test('refuses a folder it cannot write in', async () => {
		const locked = join(dir, 'locked');
		mkdirSync(locked);
		chmodSync(locked, 0o500);
		const run = prepare([{ option: '--out', path: join(locked, 'x.json') }]);
		// Root may write anywhere; the check then rightly lets the path through.
		if (process.getuid?.() === 0) await expect(run).resolves.toBeUndefined();
		else await expect(run).rejects.toThrow('không có quyền ghi vào thư mục');
		chmodSync(locked, 0o700);
	});

	test('removes temporary files of runs that were killed, and says so', async () => {
		const path = join(dir, 'stats.json');
		const dead = temporaryPath(path, 2 ** 22 + 1);
		const alive = temporaryPath(path);
		writeFileSync(dead, 'half');
		writeFileSync(alive, 'writing');
		const { io, stderr } = bufferIo(dir);
		await prepareOutputs(io, [{ option: '--out', path }]);
		expect(readdirSync(dir)).toEqual([`.stats.json.${process.pid}.tmp`]);
		expect(stderr()).toBe(`cảnh báo: đã xoá tệp tạm do một lần chạy bị ngắt để lại: ${dead}\n`);
	});
});
