import { describe, expect, test } from 'vitest';
import { parseAstroBuildLog } from '../../../src/lib/bench/astro-log';
import { summarize } from '../../../src/lib/bench/stats';

const log = `23:59:58 [content] Syncing content
00:00:03 [content] Synced content
00:00:10 [build] Collecting build info...
00:00:19  generating static routes
00:00:20 ▶ src/pages/thu-tuc/[id].astro
00:00:20   ├─ /thu-tuc/1.000426/index.html (+45ms)
00:00:21   └─ /thu-tuc/2.002039/index.html (+1.2s)
00:00:21 λ src/pages/data/procedures.csv.ts
00:00:21   └─ /data/procedures.csv (+3ms)
00:00:22 [build] ✓ Completed in 12.5s.
00:00:40 [tthc:pagefind] indexed 224 page(s) for full-text search in 7.31 s`;

describe('parseAstroBuildLog', () => {
	test('returns each page’s milliseconds by address, seconds included', () => {
		const { pages } = parseAstroBuildLog(log);
		expect(pages.get('/thu-tuc/1.000426/')).toBe(45);
		expect(pages.get('/thu-tuc/2.002039/')).toBe(1200);
		expect(pages.get('/data/procedures.csv')).toBe(3);
	});

	test('returns the content sync across midnight, the rendering and the Pagefind seconds', () => {
		expect(parseAstroBuildLog(log)).toMatchObject({
			contentSync: 5,
			rendering: 12.5,
			pagefind: 7.31,
		});
	});

	test('reads a coloured log as Astro writes it to a pipe', () => {
		const coloured = [
			'\u001b[2m15:59:41\u001b[22m \u001b[34m[content]\u001b[39m Syncing content',
			'\u001b[2m15:59:45\u001b[22m \u001b[34m[content]\u001b[39m Synced content',
			'\u001b[42m\u001b[30m generating static routes \u001b[39m\u001b[49m',
			'\u001b[2m16:00:18\u001b[22m   \u001b[34m├─\u001b[39m \u001b[2m/thu-tuc/1.000005/index.html\u001b[22m \u001b[2m(+411ms)\u001b[22m ',
			'\u001b[2m16:00:27\u001b[22m \u001b[32m✓ Completed in 24.84s.',
		].join('\n');
		const parsed = parseAstroBuildLog(coloured);
		expect(parsed.pages.get('/thu-tuc/1.000005/')).toBe(411);
		expect(parsed).toMatchObject({ contentSync: 4, rendering: 24.84 });
	});

	test('leaves out the phases a log does not show', () => {
		const parsed = parseAstroBuildLog('nothing here');
		expect(parsed.pages.size).toBe(0);
		expect(parsed).not.toHaveProperty('rendering');
	});
});

describe('summarize', () => {
	test('returns mean, nearest-rank percentiles and maximum', () => {
		expect(summarize([4, 1, 3, 2])).toEqual({ count: 4, mean: 2.5, p50: 2, p95: 4, max: 4 });
	});

	test('returns zeros for no values', () => {
		expect(summarize([])).toEqual({ count: 0, mean: 0, p50: 0, p95: 0, max: 0 });
	});
});
