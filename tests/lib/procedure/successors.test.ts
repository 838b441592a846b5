import { describe, expect, test } from 'vitest';
import { projectContentDir } from '../../../src/lib/content/content-dir';
import { loadProcedures } from '../../../src/lib/content/load-procedures';
import { listLine } from '../../../src/lib/procedure/facts';
import { indexCatalogue } from '../../../src/lib/procedure/catalogue-index';
import { toSearchRecord } from '../../../src/lib/search/records';

/** The real catalogue: transferred procedures and the pages they send citizens to. */
const catalogue = loadProcedures(projectContentDir(process.cwd()));
const index = indexCatalogue(catalogue);
const moved = catalogue.filter(({ data }) => data.status.successor?.code !== undefined);
const criminalRecord = ['2.000488', '3.000333'];

describe('successors in the catalogue', () => {
	test('the criminal-record procedures link to the police’s pages', () => {
		const links = Object.fromEntries(
			moved
				.filter(({ data }) => data.field === 'Lý lịch tư pháp')
				.map(({ id, data }) => [id, index.byCode(data.status.successor?.code)?.id])
		);
		expect(Object.values(links).sort()).toEqual(['3.000333', '3.000334', '3.000335']);
		expect(links[criminalRecord[0] as string]).toBe(criminalRecord[1]);
		const police = index.byCode('3.000333');
		expect(police?.data).toMatchObject({
			otherAgency: 'Công an tỉnh',
			status: { state: 'active' },
		});
	});

	test('no transferred or replaced procedure shows its old fee or time limit in lists or search', () => {
		const gone = catalogue.filter(({ data }) => data.status.state !== 'active');
		expect(gone.length).toBeGreaterThan(0);
		for (const entry of gone) {
			expect(listLine(entry.data)).not.toMatch(/\d\s*ngày|đ\b|đồng|Miễn phí|Chưa rõ/);
			expect(toSearchRecord(entry).facts).toBe(listLine(entry.data));
		}
	});
});
