import * as Plot from '@observablehq/plot';
import { JSDOM } from 'jsdom';

let document: Document | null = null;

/** One shared jsdom document: Plot only needs it to create elements, and it is slow to start. */
function plotDocument(): Document {
	document ??= new JSDOM('<!doctype html><html><body></body></html>').window.document;
	return document;
}

/** CSS properties SVG also takes as attributes, which the Content-Security-Policy does not block. */
const presentationAttributes = new Set([
	'color',
	'display',
	'fill',
	'fill-opacity',
	'font-family',
	'font-size',
	'font-style',
	'font-variant',
	'font-weight',
	'opacity',
	'overflow',
	'stroke',
	'stroke-dasharray',
	'stroke-linecap',
	'stroke-linejoin',
	'stroke-opacity',
	'stroke-width',
	'text-anchor',
	'visibility',
]);

/**
 * Takes the inline styles out of Plot’s output, because the site’s Content-Security-Policy blocks
 * them (no `'unsafe-inline'` for styles): Plot’s `<style>` element holds its base rules, which
 * `ChartFigure.astro` restates, and the `style` option becomes a `style` attribute, written here
 * as presentation attributes (`font-size="12px"`), which look the same.
 */
function moveInlineStyles(svg: Element): void {
	for (const element of svg.querySelectorAll('style')) element.remove();
	for (const element of [svg, ...svg.querySelectorAll('[style]')]) {
		const { style } = element as SVGElement;
		const properties = Array.from({ length: style.length }, (_, index) => style.item(index));
		for (const property of properties) {
			if (!presentationAttributes.has(property)) {
				throw new Error(
					`chart style “${property}” has no SVG attribute: set it in ChartFigure.astro’s stylesheet`
				);
			}
			element.setAttribute(property, style.getPropertyValue(property));
		}
		element.removeAttribute('style');
	}
}

/**
 * Renders Observable Plot options to an SVG string at build time, with no browser: Plot draws into
 * a jsdom document. Coordinates are cut to two decimals, which keeps the markup small without a
 * visible change (Plot writes values like `171.99999999999997`).
 */
export function renderPlot(options: Plot.PlotOptions): string {
	const chart = Plot.plot({ ...options, document: plotDocument() });
	moveInlineStyles(chart);
	const markup = chart.outerHTML;
	return markup.replace(
		/="([^"]*)"/g,
		(_, value: string) => `="${value.replace(/(\d+\.\d\d)\d+/g, '$1')}"`
	);
}
