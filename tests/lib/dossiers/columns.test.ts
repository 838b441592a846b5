import { describe, expect, test } from 'vitest';
import { readHeader } from '../../../src/lib/dossiers/columns';

describe('readHeader', () => {
	test('accepts the five required columns', () => {
		const result = readHeader(['code', 'received_at', 'due_at', 'finished_at', 'channel']);
		expect(result).toEqual({
			layout: {
				width: 5,
				index: { code: 0, received_at: 1, due_at: 2, finished_at: 3, channel: 4 },
			},
		});
	});
	test('accepts the optional columns in any order, case and spacing', () => {
		const result = readHeader([
			' Status',
			'CHANNEL',
			'apology_at',
			'code',
			'finished_at',
			'due_at',
			'received_at ',
		]);
		expect('layout' in result && result.layout.index).toMatchObject({
			status: 0,
			apology_at: 2,
			received_at: 6,
		});
	});
	test('names missing columns', () => {
		const result = readHeader(['code', 'received_at', 'channel']);
		expect('error' in result && result.error).toContain('thiếu cột due_at, finished_at');
	});
	test('refuses unknown and repeated columns', () => {
		const result = readHeader([
			'code',
			'received_at',
			'due_at',
			'finished_at',
			'channel',
			'apology',
			'code',
		]);
		expect('error' in result && result.error).toContain('không có cột "apology"');
		expect('error' in result && result.error).toContain('cột "code" có hai lần');
	});
});
