import { formatDecimal } from '../format/vi';
import type { ValueFormat } from './chart';

/**
 * Width every chart is drawn at. A 390 px phone leaves about 358 px for the text column, so a
 * chart this wide is shown at its own size there: its 13 px text stays 13 px. Wider screens show
 * it at the same size rather than blowing the text up.
 */
export const chartWidth = 340;

/** Font size of chart text, in px. */
export const fontSize = 13;

/** Line height of chart labels, in px. */
export const lineHeight = 16;

/** Rough width of a text in px: 0.65 em a character, wide enough for Vietnamese, digits and “%”. */
export function textWidth(text: string): number {
	return Math.ceil(text.length * fontSize * 0.65);
}

/** Splits a label into lines of at most `width` px at spaces, so long names wrap instead of being cut. */
export function wrapText(text: string, width: number): string[] {
	const limit = Math.max(8, Math.floor(width / (fontSize * 0.6)));
	const lines: string[] = [];
	let current = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		if (current && `${current} ${word}`.length > limit) {
			lines.push(current);
			current = word;
		} else {
			current = current ? `${current} ${word}` : word;
		}
	}
	if (current) lines.push(current);
	return lines.length > 0 ? lines : [''];
}

/**
 * How an axis writes its values: percentages, one decimal, or whole numbers; millions as
 * “69 tr” (triệu), the usual short form, so tick labels stay short on a phone.
 */
export function tickFormat(format: ValueFormat, largest: number): (value: number) => string {
	if (format === 'percent') return (value) => `${formatDecimal(value * 100)}%`;
	if (format === 'number' && largest >= 1_000_000)
		return (value) => `${formatDecimal(value / 1_000_000)} tr`;
	return (value) => formatDecimal(value);
}

/** Number of ticks that fit `width` px without their labels touching. */
export function tickCount(width: number, widestLabel: string): number {
	return Math.max(2, Math.floor(width / (textWidth(widestLabel) + 24)));
}

/**
 * A visible break where a value axis does not start at 0: a note under the chart, so a reader
 * does not take the gaps between rates for their size.
 */
export function breakNote(start: number, format: ValueFormat): string {
	return `Trục giá trị bắt đầu từ ${tickFormat(format, start)(start)}, không từ 0 (trục cắt ≈).`;
}
