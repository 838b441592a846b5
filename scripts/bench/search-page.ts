import type { Page } from 'playwright-core';

/** What the page-side probe keeps on `window`. */
interface Probe {
	armed: boolean;
	samples: number[];
	/** Resolves once `count` samples are in; fails after a minute without them. */
	until: (count: number) => Promise<number>;
}
declare global {
	interface Window {
		searchBench?: Probe;
	}
}

/**
 * Installed before the page’s own scripts: times each edit of the search box from its
 * `beforeinput` event (a key press or a pasted letter) to the frame after the results for the new
 * text are in the page (`data-query` equals the box, the index is loaded). The frame is awaited
 * with requestAnimationFrame and then a message, which runs once that frame has been painted.
 */
function installProbe(): void {
	let started: number | null = null;
	let waiter: { count: number; resolve: (count: number) => void } | null = null;
	const patience = 60_000;
	const probe: Probe = {
		armed: false,
		samples: [],
		until: (count) =>
			new Promise((resolve, reject) => {
				if (probe.samples.length >= count) return resolve(probe.samples.length);
				waiter = { count, resolve };
				setTimeout(() => reject(new Error('no results after a minute')), patience);
			}),
	};
	window.searchBench = probe;
	document.addEventListener(
		'beforeinput',
		(event) => {
			if (probe.armed && (event.target as Element).id === 'tim-thu-tuc') started = event.timeStamp;
		},
		true
	);
	new MutationObserver(() => {
		const input = document.getElementById('tim-thu-tuc') as HTMLInputElement | null;
		const results = document.querySelector('[data-search-results]');
		if (started === null || !input || !results) return;
		if (results.getAttribute('data-query') !== input.value) return;
		if (results.getAttribute('aria-busy') === 'true') return;
		const from = started;
		started = null;
		requestAnimationFrame(() => {
			const channel = new MessageChannel();
			channel.port1.onmessage = () => {
				probe.samples.push(performance.now() - from);
				if (waiter && probe.samples.length >= waiter.count) waiter.resolve(probe.samples.length);
			};
			channel.port2.postMessage(null);
		});
	}).observe(document, {
		subtree: true,
		attributes: true,
		attributeFilter: ['data-query', 'aria-busy'],
	});
}

/** Adds the probe to every page of the context’s next navigations. */
export async function addSearchProbe(page: Page): Promise<void> {
	// tsx compiles with esbuild’s keepNames, which wraps inner functions in `__name(…)`; the probe
	// runs in the page as source text, where that helper does not exist.
	await page.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
	await page.addInitScript(installProbe);
}

const box = '#tim-thu-tuc';

/** Empties the search box, unmeasured, and waits until the page shows no results. */
async function clear(page: Page): Promise<void> {
	await page.evaluate(() => {
		if (window.searchBench) window.searchBench.armed = false;
	});
	await page.fill(box, '');
	await page.waitForSelector('[data-search-results][data-query=""]', { state: 'attached' });
}

/** Loads the search index (unmeasured), as a first focus and key press do, and clears the box. */
export async function warmUp(page: Page): Promise<void> {
	await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
	await page.fill(box, 'a');
	await page.waitForSelector('[data-search-results][data-query="a"]:not([aria-busy="true"])', {
		state: 'attached',
	});
	await clear(page);
}

/**
 * Types each query one character at a time, waiting for the results of each before the next
 * key, and returns the time of every key press in milliseconds.
 */
export async function typeQueries(page: Page, queries: readonly string[]): Promise<number[]> {
	for (const query of queries) {
		await clear(page);
		await page.focus(box);
		let count = await page.evaluate(() => {
			const probe = window.searchBench as Probe;
			probe.armed = true;
			return probe.samples.length;
		});
		for (const character of query) {
			await page.keyboard.type(character);
			count = await page.evaluate((next) => (window.searchBench as Probe).until(next), count + 1);
		}
	}
	return page.evaluate(() => (window.searchBench as Probe).samples);
}
