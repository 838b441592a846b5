import { projectContentDir } from '../../../src/lib/content/content-dir';
import { describe, expect, test } from 'vitest';
import { changeIndex, indexChangeLog, lastUpdated } from '../../../src/lib/changes/change-index';
import { mockLoggedSet } from '../../support/change-log-factory';

const baseline = mockLoggedSet(
	{ date: '2026-01-01', kind: 'baseline', procedureCount: 1, changes: [] },
	'content/changes/2026-01-01-1-baseline.md'
);
const later = mockLoggedSet({ date: '2026-07-01' });
const latest = mockLoggedSet({ date: '2026-08-01' }, 'content/changes/2026-08-01-1-hand-edit.md');

describe('indexChangeLog', () => {
	test('returns each procedure’s changes newest first, baselines left out of the list', () => {
		const index = indexChangeLog([baseline, later, latest]);
		expect(index.sets.map(({ set }) => set.date)).toEqual(['2026-08-01', '2026-07-01']);
		expect(index.byProcedure.get('1.002153')?.map(({ logged }) => logged.set.date)).toEqual([
			'2026-08-01',
			'2026-07-01',
		]);
		expect(index.baseline).toBe(baseline);
		expect(index.all).toHaveLength(3);
	});
});

describe('lastUpdated', () => {
	test('returns the last change of the procedure, else the day the log started', () => {
		const index = indexChangeLog([baseline, later]);
		expect(lastUpdated(index, '1.002153')).toBe('2026-07-01');
		expect(lastUpdated(index, '2.000488')).toBe('2026-01-01');
		expect(lastUpdated(indexChangeLog([]), '2.000488')).toBeUndefined();
	});
});

describe('changeIndex', () => {
	test('returns the same index to every page of a build', () => {
		expect(changeIndex(projectContentDir(process.cwd()))).toBe(
			changeIndex(projectContentDir(process.cwd()))
		);
	});

	test('returns the real log starting with its baseline and claiming no change', () => {
		const index = changeIndex(projectContentDir(process.cwd()));
		expect(index.baseline?.set.procedureCount).toBeGreaterThan(0);
		expect(index.baseline?.set.changes).toEqual([]);
	});
});
