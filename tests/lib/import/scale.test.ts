import { describe, expect, test } from 'vitest';
import { collectProcedures } from '../../../src/lib/import/collect-procedures';
import { readSources } from '../../../src/lib/import/read-sources';

describe('the 2,642-record scale corpus', () => {
	test('maps every record or reports it with a code and a reason', async () => {
		const collected = collectProcedures(await readSources('sources', 'all'), 'all');
		expect(collected.records).toBe(2642);
		expect(collected.procedures.length + collected.skipped.length).toBe(2642);
		for (const skipped of collected.skipped) {
			expect(skipped.code).not.toBe('');
			expect(skipped.reason).not.toBe('');
			expect(skipped.reason).not.toMatch(/^lỗi nội bộ/);
		}
		expect(new Set(collected.procedures.map(({ id }) => id)).size).toBe(
			collected.procedures.length
		);
	}, 300_000);
});
