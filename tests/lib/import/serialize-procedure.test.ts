import { describe, expect, test } from 'vitest';
import { parseMarkdown } from '../../../src/lib/content/read-markdown';
import { mapNationalRecord } from '../../../src/lib/import/map-national-record';
import { renderFile, splitFile, toFrontMatter } from '../../../src/lib/import/serialize-procedure';
import { procedureSchema } from '../../../src/schemas/procedure';
import { mockRecord } from './fixtures';

const procedure = mapNationalRecord(mockRecord(), {
	dataset: 'csdl-bo-tu-phap.jsonl',
	snapshot: '2025-2026',
});

describe('toFrontMatter', () => {
	test('orders keys as the schema does and leaves out empty extras', () => {
		const data = toFrontMatter({ ...procedure, flags: [], keywords: [] });
		const extras = ['related', 'keywords', 'flags', 'plainSteps', 'otherAgency'];
		expect(Object.keys(data)).toEqual(
			Object.keys(procedureSchema.shape).filter((key) => !extras.includes(key))
		);
		expect(Object.keys(data).slice(0, 3)).toEqual(['code', 'name', 'field']);
	});
});

describe('renderFile', () => {
	test('quotes codes and dates so YAML reads them back as text', () => {
		const text = renderFile({ code: '2.002039', since: '2025-07-01', words: 'yes' }, '');
		expect(text).toBe("---\ncode: '2.002039'\nsince: '2025-07-01'\nwords: 'yes'\n---\n");
	});

	test('writes the same text for the same procedure', () => {
		expect(renderFile(toFrontMatter(procedure), '')).toBe(
			renderFile(toFrontMatter(structuredClone(procedure)), '')
		);
	});

	test('writes a file the content reader takes back unchanged', () => {
		const data = toFrontMatter(procedure);
		const back = parseMarkdown('x.md', renderFile(data, 'Tóm tắt.\n'));
		expect(back.ok && back.value.data).toEqual(data);
		expect(back.ok && back.value.body).toBe('Tóm tắt.\n');
	});

	test('never writes YAML aliases for repeated objects', () => {
		const fee = { kind: 'unspecified', amount: 0, asWritten: 'Miễn phí' };
		expect(renderFile({ a: [fee, fee] }, '')).not.toMatch(/[&*]a\d/);
	});
});

describe('splitFile', () => {
	test('returns the front matter and the body as they are', () => {
		expect(splitFile('---\ncode: x\n---\nBody\n\nMore')).toEqual({
			frontMatter: 'code: x\n',
			body: 'Body\n\nMore',
		});
	});

	test('returns nothing for a file without front matter', () => {
		expect(splitFile('Just text')).toBeUndefined();
	});
});
