import { describe, expect, test } from 'vitest';
import { projectContentDir } from '../../../src/lib/content/content-dir';
import { loadProcedures } from '../../../src/lib/content/load-procedures';
import type { Procedure } from '../../../src/schemas/procedure';

/**
 * The hand-written “Cách làm” of the real catalogue must never contradict its record: every
 * amount, day count and hour count a step names appears in the record’s own text (fees, time
 * limits, documents, steps). A typo or an invented figure fails here.
 */
const withSteps = loadProcedures(projectContentDir(process.cwd())).filter(
	({ data }) => data.plainSteps !== undefined
);

/** Everything the record says, as one text with thousands separators kept. */
function recordText(data: Procedure): string {
	return JSON.stringify([
		data.channels,
		data.documents,
		data.steps,
		data.conditions,
		data.results,
	]).replace(/,(\d{3})\b/g, '.$1');
}

/** Figures a step names: “8.000 đồng”, “10 USD”, “60 ngày”, “01 ngày làm việc”, “08 giờ”, “02 ảnh”. */
const figure = /\b\d{1,3}(?:\.\d{3})*\s*(?:đồng|USD|ngày|giờ|ảnh|bản|tháng)/gu;

describe('hand-written plainSteps', () => {
	test('exist for the most-filed procedures', () => {
		expect(withSteps.length).toBeGreaterThanOrEqual(40);
	});

	test.each(withSteps.map(({ id, data }) => [id, data] as const))(
		'%s names only figures its record gives',
		(_id, data) => {
			const source = recordText(data);
			const named = (data.plainSteps ?? []).flatMap(({ text }) => text.match(figure) ?? []);
			for (const phrase of named) {
				const number = phrase.match(/^[\d.]+/)?.[0] ?? '';
				expect(source, `${phrase}`).toContain(number);
			}
		}
	);
});
