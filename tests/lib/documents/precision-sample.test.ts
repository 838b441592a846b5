import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { classifyLine } from '../../../src/lib/documents/classify-line';

interface Checked {
	stratum: string;
	procedure: string;
	text: string;
	kind: string;
	verdict: 'correct' | 'wrong';
	expected?: string;
}

const sample: { lines: Checked[]; strata: Record<string, { drawn: number }> } = JSON.parse(
	readFileSync(join(import.meta.dirname, '../../fixtures/documents/precision-sample.json'), 'utf8')
);

/** Correct and total among the lines mapped to a kind (not `other`). */
function precision(lines: Checked[]): { correct: number; total: number } {
	const mapped = lines.filter((line) => line.kind !== 'other');
	return {
		correct: mapped.filter((line) => line.verdict === 'correct').length,
		total: mapped.length,
	};
}

describe('the hand-checked sample of document lines', () => {
	test('holds at least 100 lines, as drawn per stratum', () => {
		expect(sample.lines.length).toBeGreaterThanOrEqual(100);
		for (const [stratum, { drawn }] of Object.entries(sample.strata)) {
			expect(sample.lines.filter((line) => line.stratum === stratum)).toHaveLength(drawn);
		}
	});

	test('still gets the kind each verdict was given for, so the verdicts stay valid', () => {
		for (const line of sample.lines) {
			expect(classifyLine(line.text).kind, line.text.slice(0, 80)).toBe(line.kind);
		}
	});

	test('names the right kind of every line judged wrong', () => {
		for (const line of sample.lines.filter((entry) => entry.verdict === 'wrong')) {
			expect(line.expected).toBeDefined();
			expect(line.expected).not.toBe(line.kind);
		}
	});

	test('gives the precision reported in the closing note: 104 of 114 mapped lines', () => {
		expect(precision(sample.lines)).toEqual({ correct: 104, total: 114 });
		const by = (stratum: string) => precision(sample.lines.filter((l) => l.stratum === stratum));
		expect(by('department')).toEqual({ correct: 48, total: 49 });
		expect(by('commune')).toEqual({ correct: 29, total: 30 });
		expect(by('all-ministries')).toEqual({ correct: 27, total: 35 });
	});
});
