import { describe, expect, test } from 'vitest';
import { errorLines, runMain, UserError } from '../../../src/lib/cli/run';
import { bufferIo } from '../../support/cli-io';

describe('runMain', () => {
	test('returns what main returns, 0 when it returns nothing', async () => {
		const { io } = bufferIo('/project');
		expect(await runMain(() => 3, [], io)).toBe(3);
		expect(await runMain(async () => undefined, [], io)).toBe(0);
	});

	test('prints a user error as lỗi lines without a stack, and gives 1', async () => {
		const { io, stderr } = bufferIo('/project');
		const main = () => {
			throw new UserError('a.json: fees: cần số\nb.json: hours: cần số\n\nCách dùng: …');
		};
		expect(await runMain(main, [], io)).toBe(1);
		expect(stderr()).toBe(
			'lỗi: a.json: fees: cần số\nlỗi: b.json: hours: cần số\n\nCách dùng: …\n'
		);
	});

	test('prints an unexpected error with a hint in Vietnamese, and its stack only with DEBUG', async () => {
		const quiet = bufferIo('/project');
		const main = () => {
			throw new TypeError('x is undefined');
		};
		expect(await runMain(main, [], quiet.io)).toBe(1);
		expect(quiet.stderr()).toBe('lỗi: x is undefined\n(chạy lại với DEBUG=1 để xem chi tiết)\n');
		const debug = bufferIo('/project', '/project', { DEBUG: '1' });
		await runMain(main, [], debug.io);
		expect(debug.stderr()).toMatch(/^lỗi: x is undefined\nTypeError: x is undefined\n {4}at /);
	});
});

describe('errorLines', () => {
	test('prefixes the problems, not the paragraphs after them', () => {
		expect(errorLines('one\ntwo\n\nusage\nmore')).toBe('lỗi: one\nlỗi: two\n\nusage\nmore');
	});
});
