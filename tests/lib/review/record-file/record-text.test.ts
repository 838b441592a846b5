import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import matter from 'gray-matter';
import {
	newRecordText,
	recordData,
	updateRecordText,
} from '../../../../src/lib/review/record-file/record-text';
import { splitFrontMatter } from '../../../../src/lib/review/record-file/front-matter';

const file = 'content/reviews/2026/1.002153.md';
const text = [
	'---',
	'# Bản rà soát năm 2026 (ghi chú của cán bộ)',
	"procedure: '1.002153'",
	'year: 2026',
	'status: draft # chưa trình',
	'reviewer:',
	'  unit: Phòng Bổ trợ tư pháp',
	'necessity:',
	'  objectives:',
	'  - kind: rights',
	'    text: Luật sư hành nghề hợp pháp.',
	'---',
	'',
	'Ghi chú: **giữ nguyên** phần này.',
	'',
].join('\n');

describe('updateRecordText', () => {
	test('gives back the same bytes when nothing changed, for every committed review', () => {
		const dir = 'content/reviews/2026';
		for (const name of readdirSync(dir)) {
			const original = readFileSync(`${dir}/${name}`, 'utf8');
			expect(updateRecordText(name, original, recordData(name, original)), name).toBe(original);
		}
	});

	test('changes only the values that changed, keeping comments, quoting and the body', () => {
		const data = recordData(file, text) as Record<string, unknown> & { reviewer: { unit: string } };
		data.status = 'submitted';
		data.reviewer.unit = 'Phòng Hành chính tư pháp';
		const updated = updateRecordText(file, text, data);
		expect(updated).toBe(
			text
				.replace('status: draft # chưa trình', 'status: submitted # chưa trình')
				.replace('unit: Phòng Bổ trợ tư pháp', 'unit: Phòng Hành chính tư pháp')
		);
	});

	test('puts a new key after the key it follows, and quotes what js-yaml would misread', () => {
		const data = recordData(file, text);
		const withHistory = {
			procedure: data.procedure,
			year: data.year,
			status: data.status,
			history: [{ status: 'draft', date: '2026-02-10', unit: 'Phòng Bổ trợ tư pháp' }],
			reviewer: data.reviewer,
			necessity: data.necessity,
		};
		const updated = updateRecordText(file, text, withHistory);
		expect(updated).toContain(
			"status: draft # chưa trình\nhistory:\n- status: draft\n  date: '2026-02-10'\n  unit: Phòng Bổ trợ tư pháp\nreviewer:"
		);
		expect(matter(updated, {}).data.history[0].date).toBe('2026-02-10');
		expect(splitFrontMatter(updated)?.rest).toBe(splitFrontMatter(text)?.rest);
	});

	test('removes a key that is gone and updates lists item by item', () => {
		const data = recordData(file, text) as {
			necessity: { objectives: object[] };
			reviewer?: object;
		};
		data.necessity.objectives.push({ kind: 'state-management', text: 'Quản lý luật sư.' });
		delete data.reviewer;
		const updated = updateRecordText(file, text, data);
		expect(updated).not.toContain('reviewer:');
		expect(updated).toContain('  - kind: state-management\n    text: Quản lý luật sư.\n---');
	});

	test('stops with one clear line on a file without front matter or with broken YAML', () => {
		expect(() => updateRecordText(file, 'no front matter', {})).toThrow(
			`${file}: không có phần khai báo giữa hai dòng ---; không thể ghi`
		);
		expect(() => recordData(file, '---\na: [\n---\n')).toThrow(/không phải YAML hợp lệ/);
	});
});

describe('newRecordText', () => {
	test('writes comments above the sections and the body after the front matter', () => {
		const written = newRecordText(
			{ procedure: '2.000635', year: 2026, status: 'draft' },
			'Bản rà soát',
			{ status: 'Trạng thái' },
			'Ghi chú.'
		);
		expect(written).toBe(
			"---\n# Bản rà soát\n\nprocedure: '2.000635'\nyear: 2026\n# Trạng thái\nstatus: draft\n---\n\nGhi chú.\n"
		);
		expect(matter(written, {}).data).toEqual({
			procedure: '2.000635',
			year: 2026,
			status: 'draft',
		});
	});
});
