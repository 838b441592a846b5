import { describe, expect, test } from 'vitest';
import { parseLines } from '../../../src/lib/dossiers/parse-lines';

describe('parseLines', () => {
	test('splits each line into fields, with quoted commas and doubled quotes', () => {
		expect(parseLines(['a,b', '"x, y","say ""hi"""'])).toEqual([
			{ fields: ['a', 'b'] },
			{ fields: ['x, y', 'say "hi"'] },
		]);
	});

	test('reads a stray quote inside a value as text', () => {
		expect(parseLines(['a,"b"c,d'])).toEqual([{ fields: ['a', '"b"c', 'd'] }]);
	});

	test('rejects only the line whose quote is never closed, among many', () => {
		const lines = Array.from({ length: 1000 }, (_, index) => `${index},ok`);
		lines[417] = '417,"open';
		lines[900] = '"900,"still open';
		const result = parseLines(lines);
		const bad = result.flatMap((entry, index) => ('error' in entry ? [index] : []));
		expect(bad).toEqual([417]);
		expect(result[417]).toEqual({ error: expect.stringContaining('mở mà không đóng') });
		expect(result[418]).toEqual({ fields: ['418', 'ok'] });
		expect(result[900]).toEqual({ fields: ['"900,"still open'] });
	});

	test('does not let two broken lines swallow the rows between them', () => {
		const result = parseLines(['1,"a', '2,b', '3,c"', '4,d']);
		expect(result.map((entry) => ('error' in entry ? 'error' : entry.fields[0]))).toEqual([
			'error',
			'2',
			'3',
			'4',
		]);
	});

	test('keeps a carriage return inside a line as text', () => {
		expect(parseLines(['a\rb,c'])).toEqual([{ fields: ['a\rb', 'c'] }]);
	});
});
