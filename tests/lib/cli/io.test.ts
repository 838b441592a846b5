import { afterEach, describe, expect, test, vi } from 'vitest';
import { processIo, resolveUserPath } from '../../../src/lib/cli/io';
import { bufferIo } from '../../support/cli-io';

afterEach(() => {
	vi.unstubAllEnvs();
});

describe('processIo', () => {
	test('takes the caller’s folder from INIT_CWD, which npm run keeps', () => {
		vi.stubEnv('INIT_CWD', '/home/officer/downloads');
		expect(processIo()).toMatchObject({ cwd: '/home/officer/downloads', root: process.cwd() });
	});

	test('falls back to the current folder when not started by npm', () => {
		vi.stubEnv('INIT_CWD', undefined);
		expect(processIo().cwd).toBe(process.cwd());
	});
});

describe('resolveUserPath', () => {
	test('resolves a relative path from the caller’s folder, not the project root', () => {
		const { io } = bufferIo('/project', '/home/officer');
		expect(resolveUserPath(io, 'exports/2025.csv')).toBe('/home/officer/exports/2025.csv');
		expect(resolveUserPath(io, '../x.json')).toBe('/home/x.json');
	});

	test('keeps an absolute path', () => {
		const { io } = bufferIo('/project', '/home/officer');
		expect(resolveUserPath(io, '/tmp/x.csv')).toBe('/tmp/x.csv');
	});
});
