/**
 * URL schemes a page may turn into a live link: web pages and e-mail. Anything else from content
 * (`javascript:`, `data:`, `vbscript:`, `file:`…) could run code or mislead a citizen, whatever
 * the content schema lets through, so links are checked again where they are rendered.
 */
export const safeUrlSchemes = ['http', 'https', 'mailto'] as const;

/** Stands in for the page’s own address when a link is relative (`/du-lieu/`, `#can-cu`). */
const relativeBase = 'https://relative.invalid/';

/**
 * Returns the address to put in an `href` when it is a web page, an e-mail address or a link
 * within the site, and `undefined` otherwise (the caller then shows plain text). The address is
 * read with the WHATWG URL parser, as the browser reads it, so spellings such as
 * `" JaVa\tScript:…"` are recognised for what they are.
 */
export function safeHref(url: string | null | undefined): string | undefined {
	const trimmed = url?.trim();
	if (!trimmed) return undefined;
	let scheme: string;
	try {
		scheme = new URL(trimmed, relativeBase).protocol.slice(0, -1);
	} catch {
		return undefined;
	}
	return (safeUrlSchemes as readonly string[]).includes(scheme) ? trimmed : undefined;
}
