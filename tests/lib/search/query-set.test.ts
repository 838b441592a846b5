import { describe, expect, test } from 'vitest';
import { loadProcedures } from '../../../src/lib/content/load-procedures';
import { isCommuneLevel } from '../../../src/lib/procedure/level';
import { createSearch } from '../../../src/lib/search/engine';
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

	test('finds the imported commune-level procedures by everyday words', () => {
		// Before the commune import, the catalogue had only the department’s own procedures.
		const before = catalogue.filter(({ facets }) => !isCommuneLevel({ level: facets.levels }));
		report(
			'Top-3 hit rate, commune queries, without them',
			hitRate(before, communeQueries),
			communeQueries.length
		);
		const result = hitRate(catalogue, communeQueries);
		report('Top-3 hit rate, commune queries', result, communeQueries.length);
		expect(result.rate).toBeGreaterThanOrEqual(0.9);
	});

	test('ranks the commune birth registration first for “dang ky khai sinh”', () => {
		const [first] = createSearch(catalogue)('dang ky khai sinh', 3);
		expect(first?.record).toMatchObject({ code: '1.001193', field: 'Hộ tịch' });
	});
});
