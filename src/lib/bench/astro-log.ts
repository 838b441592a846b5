import { stripVTControlCharacters } from 'node:util';

/** What an `astro build` log says about where the time went. */
export interface AstroBuildLog {
	/** Milliseconds each page took to render, by address (`/thu-tuc/1.000426/`). */
	pages: Map<string, number>;
	/** Seconds from “Syncing content” to “Synced content” (the log stamps whole seconds). */
	contentSync?: number;
	/** Seconds of “generating static routes”, as Astro reports it. */
	rendering?: number;
	/** Seconds the Pagefind index took, as src/integrations/pagefind.ts reports it. */
	pagefind?: number;
}

const stamp = /^(\d\d):(\d\d):(\d\d) /;
// Astro prints each page as `  ├─ /thu-tuc/1.000426/index.html (+45ms)`; a slow one in seconds.
const pageLine = /[├└]─ (\S+?)(?:index\.html)? \(\+(\d+(?:\.\d+)?)(ms|s)\)/;

/**
 * Reads the page timings and phase durations from the text `astro build` prints, coloured or not
 * (Astro colours its log whenever `FORCE_COLOR` is set, even to `0`).
 */
export function parseAstroBuildLog(text: string): AstroBuildLog {
	const pages = new Map<string, number>();
	const seconds = (line: string) => {
		const match = stamp.exec(line);
		return match ? Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3]) : undefined;
	};
	let syncStart: number | undefined;
	let contentSync: number | undefined;
	let rendering: number | undefined;
	let inRoutes = false;
	let pagefind: number | undefined;
	for (const line of stripVTControlCharacters(text).split('\n')) {
		const page = pageLine.exec(line);
		if (page) {
			pages.set(page[1]!, Number(page[2]) * (page[3] === 's' ? 1000 : 1));
			continue;
		}
		if (line.includes('[content] Syncing content')) syncStart = seconds(line);
		if (line.includes('[content] Synced content') && syncStart !== undefined) {
			contentSync = elapsed(syncStart, seconds(line));
		}
		if (line.includes('generating static routes')) inRoutes = true;
		const completed = /✓ Completed in (\d+(?:\.\d+)?)(ms|s)/.exec(line);
		if (inRoutes && completed) {
			rendering = Number(completed[1]) / (completed[2] === 'ms' ? 1000 : 1);
			inRoutes = false;
		}
		const indexed = /for full-text search in (\d+(?:\.\d+)?) s/.exec(line);
		if (indexed) pagefind = Number(indexed[1]);
	}
	return {
		pages,
		...(contentSync !== undefined && { contentSync }),
		...(rendering !== undefined && { rendering }),
		...(pagefind !== undefined && { pagefind }),
	};
}

/** Seconds between two clock readings of the same build, across midnight too. */
function elapsed(from: number, to: number | undefined): number {
	if (to === undefined) return 0;
	return (to - from + 86_400) % 86_400;
}
