import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { ImportError } from '../../../src/lib/import/import-problem';
import { mapNationalRecord } from '../../../src/lib/import/map-national-record';
import { planCatalogue } from '../../../src/lib/import/plan-catalogue';
import { renderFile, toFrontMatter } from '../../../src/lib/import/serialize-procedure';
import { mockProcedure } from '../../support/procedure-factory';
import { mockRecord } from './fixtures';

const procedure = mapNationalRecord(mockRecord(), {
	dataset: 'csdl-bo-tu-phap.jsonl',
	snapshot: '2025-2026',
});
const imported = [{ id: '1.002153', procedure, body: '' }];
const datasets = ['csdl-bo-tu-phap.jsonl', 'procedures-sources.csv'];

let out: string;
beforeEach(() => {
	out = mkdtempSync(join(tmpdir(), 'tthc-plan-'));
});
afterEach(() => rmSync(out, { recursive: true, force: true }));

/** Writes a procedure file whose provenance names `dataset`. */
function existing(id: string, dataset: string) {
	const data = mockProcedure({
		code: id,
		provenance: { source: 'other', dataset, record: id, snapshot: '2025' },
	});
	writeFileSync(join(out, `${id}.md`), renderFile(toFrontMatter(data), ''));
}

describe('planCatalogue', () => {
	test('plans a new file for each procedure of an empty folder', () => {
		const plan = planCatalogue(join(out, 'missing'), imported, datasets);
		expect(plan.files.map(({ id, plan }) => [id, plan.action])).toEqual([['1.002153', 'new']]);
		expect(plan).toMatchObject({ stale: [], dropped: [] });
	});

	test('counts as dropped only stale files an import of these sources made', () => {
		existing('2.002039', 'csdl-bo-tu-phap.jsonl');
		existing('2.000488', 'procedures-sources.csv');
		existing('9.999999', 'nhập tay');
		writeFileSync(join(out, '9.000000.md'), '---\ncode: [\n---\n');
		const plan = planCatalogue(out, imported, datasets);
		expect(plan.stale).toEqual(['2.000488', '2.002039', '9.000000', '9.999999']);
		expect(plan.dropped).toEqual([
			{ id: '2.000488', dataset: 'procedures-sources.csv' },
			{ id: '2.002039', dataset: 'csdl-bo-tu-phap.jsonl' },
		]);
	});

	test('stops when a procedure file is a folder', () => {
		mkdirSync(join(out, '1.002153.md'));
		expect(() => planCatalogue(out, imported, datasets)).toThrow(ImportError);
	});
});
