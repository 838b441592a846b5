import * as Plot from '@observablehq/plot';
import { JSDOM } from 'jsdom';

let document: Document | null = null;

/** One shared jsdom document: Plot only needs it to create elements, and it is slow to start. */
function plotDocument(): Document {
	document ??= new JSDOM('<!doctype html><html><body></body></html>').window.document;
	return document;
}

/**
 * Renders Observable Plot options to an SVG string at build time, with no browser: Plot draws into
 * a jsdom document. Coordinates are cut to two decimals, which keeps the markup small without a
 * visible change (Plot writes values like `171.99999999999997`).
 */
export function renderPlot(options: Plot.PlotOptions): string {
	const chart = Plot.plot({ ...options, document: plotDocument() });
	const markup = chart.outerHTML;
	return markup.replace(
		/="([^"]*)"/g,
		(_, value: string) => `="${value.replace(/(\d+\.\d\d)\d+/g, '$1')}"`
	);
}
