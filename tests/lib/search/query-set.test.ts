import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadProcedures } from '../../../src/lib/content/load-procedures';
import { createSearch } from '../../../src/lib/search/engine';
import { searchKey } from '../../../src/lib/search/normalize';
import { toSearchRecord, type SearchRecord } from '../../../src/lib/search/records';
import { communeQueries, goldenQueries, type GoldenQuery } from '../../search/queries';
import { projectContentDir } from '../../../src/lib/content/content-dir';

/**
 * The citizen query set against the real catalogue, measured with the search engine in Node (the
 * browser test measures the same through the page). Prints the top-3 hit rate on every run.
 */
const catalogue: SearchRecord[] = loadProcedures(projectContentDir(process.cwd())).map(
	({ id, data }) => toSearchRecord({ id, data })
);

/**
 * The commune-level justice procedures of the national source, by name and field only, standing
 * in for the commune import until it lands (names are what the instant search reads).
 */
function communeRecords(known: ReadonlySet<string>): SearchRecord[] {
	const lines = readFileSync('sources/csdl-bo-tu-phap.jsonl', 'utf8').split('\n').filter(Boolean);
	return lines
		.map((line) => JSON.parse(line) as Record<string, string>)
		.filter((r) => r.cap_thuc_hien?.includes('Cấp xã') && !known.has(r.ma_thu_tuc ?? ''))
		.map((r) => ({
			id: r.ma_thu_tuc ?? '',
			code: r.ma_thu_tuc ?? null,
			name: r.ten_thu_tuc ?? '',
			field: r.linh_vuc ?? '',
			k: searchKey(r.ten_thu_tuc ?? ''),
			f: searchKey(r.linh_vuc ?? ''),
			facts: '',
			facets: {
				field: '',
				online: 'unknown',
				onlineChannel: false,
				fee: 'unknown',
				days: null,
				who: [],
				levels: ['commune'],
				active: true,
			},
		}));
}

/** Share of the queries whose procedure is in the top 3, with the misses spelt out. */
function hitRate(records: readonly SearchRecord[], queries: readonly GoldenQuery[]) {
	const search = createSearch(records);
	const misses: string[] = [];
	for (const { query, expect: wanted } of queries) {
		const top = search(query, 3).map((hit) => hit.record);
		if (!top.some((record) => record.code === wanted || record.name === wanted))
			misses.push(`  “${query}” → ${wanted}: got ${top.map((r) => r.code ?? r.id).join(', ')}`);
	}
	const found = queries.length - misses.length;
	return { found, rate: found / queries.length, misses };
}

const report = (label: string, { found, rate, misses }: ReturnType<typeof hitRate>, n: number) =>
	console.log(
		`${label}: ${found}/${n} = ${(rate * 100).toFixed(1)}%` +
			(misses.length ? `\n${misses.join('\n')}` : '')
	);

describe('citizen query set', () => {
	test('finds the expected procedure in the top 3 for the catalogue queries', () => {
		const result = hitRate(catalogue, goldenQueries);
		report('Top-3 hit rate, catalogue queries', result, goldenQueries.length);
		expect(result.rate).toBeGreaterThanOrEqual(0.95);
	});

	test('finds commune-level procedures by everyday words once they are in the catalogue', () => {
		const known = new Set(catalogue.flatMap((record) => record.code ?? []));
		const records = [...catalogue, ...communeRecords(known)];
		const result = hitRate(records, communeQueries);
		report('Top-3 hit rate, commune queries', result, communeQueries.length);
		expect(result.rate).toBeGreaterThanOrEqual(0.9);
		// The commune procedures must not push the catalogue queries out either.
		expect(hitRate(records, goldenQueries).rate).toBeGreaterThanOrEqual(0.95);
	});
});
