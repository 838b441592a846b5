/**
 * The site’s Content-Security-Policy. Astro (`experimental.csp`) writes it in a `<meta>` on every
 * page, adding the hashes of its own inline scripts and styles to `script-src` and `style-src`;
 * `src/integrations/security-headers.ts` then copies the page policy into HTTP header files for
 * the host. Nothing on the site needs `'unsafe-inline'`: scripts are Astro’s hashed ones and
 * same-origin bundles, and chart SVGs carry no inline style (`src/lib/charts/render-plot.ts`).
 */

/** Directives besides `script-src` and `style-src`, which Astro writes itself. */
export const cspDirectives = [
	// Everything else (fetches of the search index and Pagefind’s files, images, fonts) comes
	// from the site itself.
	"default-src 'self'",
	"object-src 'none'",
	"base-uri 'none'",
	"form-action 'self'",
] as const;

/**
 * Sources of scripts besides Astro’s hashes: the site’s own files (Astro’s bundles and
 * `/pagefind/pagefind.js`), and WebAssembly, which Pagefind’s full-text search compiles in the
 * browser; `'wasm-unsafe-eval'` allows that and nothing else (no `eval`). Pagefind compiles it in
 * a web worker, which the page’s `<meta>` does not govern but the HTTP header does: without this
 * source in the header, full-text search stops working (tests/e2e/content-security-policy.test.ts).
 */
export const cspScriptSources = ["'self'", "'wasm-unsafe-eval'"] as const;

/**
 * Directives that only work in an HTTP header: browsers ignore them in a `<meta>` and warn.
 * `frame-ancestors 'none'`: no other site may show these pages in a frame (clickjacking).
 */
export const headerOnlyDirectives = ["frame-ancestors 'none'"] as const;

/** The policy to send as an HTTP header: the pages’ policy plus the header-only directives. */
export function headerPolicy(pagePolicy: string): string {
	const directives = pagePolicy
		.split(';')
		.map((directive) => directive.trim())
		.filter(Boolean);
	return [...directives, ...headerOnlyDirectives].join('; ');
}
