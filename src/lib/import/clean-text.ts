/** The national database’s null marker, “no information”. */
export const noInfo = 'Không có thông tin';

/**
 * Unicode NFC with odd spaces made plain: the crawled pages use non-breaking spaces between words
 * (“Ủy ban Nhân dân\u00a0xã”), which would otherwise make equal names compare unequal.
 */
export function normalizeSpaces(text: string): string {
	return text
		.normalize('NFC')
		.replace(/[\u200b\ufeff]/g, '')
		.replace(/[\u00a0\u2007\u202f]/g, ' ');
}

/** Text on one line: spaces normalised, runs of white space collapsed, ends trimmed. */
export function oneLine(text: string): string {
	return normalizeSpaces(text).replace(/\s+/g, ' ').trim();
}

/** Text as lines: each line collapsed and trimmed, blank lines dropped. */
export function tidyLines(text: string): string[] {
	return normalizeSpaces(text)
		.split(/\r?\n/)
		.map((line) => line.replace(/\s+/g, ' ').trim())
		.filter((line) => line !== '');
}

/** Whether a source value is empty or says “Không có thông tin”. */
export function isEmptyValue(text: string | undefined | null): boolean {
	if (!text) return true;
	const value = oneLine(text);
	return value === '' || value === noInfo;
}

/** Text with its line breaks kept, or `undefined` when nothing is left after tidying. */
export function tidyText(text: string): string | undefined {
	const lines = tidyLines(text);
	return lines.length > 0 ? lines.join('\n') : undefined;
}

/** Whether `text` is a full http(s) web address, as the schema requires for links. */
export function isWebAddress(text: string): boolean {
	try {
		return /^https?:$/.test(new URL(text).protocol);
	} catch {
		return false;
	}
}
