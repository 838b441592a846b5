import { JSDOM } from 'jsdom';
import { headerPolicy } from './content-security-policy';

/**
 * Headers every response should carry besides the Content-Security-Policy. HSTS is left to the
 * server that terminates HTTPS (docs/deployment.md): a static folder cannot know it is served
 * over HTTPS only.
 */
export const otherSecurityHeaders: Readonly<Record<string, string>> = {
	// Browsers must not guess a type: a `.csv` or `.json` from /data/ is never run as HTML.
	'X-Content-Type-Options': 'nosniff',
	// Other sites see only the origin of a page that links to them, not the procedure searched.
	'Referrer-Policy': 'strict-origin-when-cross-origin',
	// For browsers that predate `frame-ancestors`.
	'X-Frame-Options': 'DENY',
	'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
	'Cross-Origin-Opener-Policy': 'same-origin',
};

const metaPattern = /<meta\s+http-equiv="content-security-policy"[^>]*>/gi;

/** The Content-Security-Policies a built page declares in `<meta>` tags, decoded. */
export function pagePolicies(html: string): string[] {
	return [...html.matchAll(metaPattern)].map(
		([tag]) => JSDOM.fragment(tag).firstElementChild?.getAttribute('content')?.trim() ?? ''
	);
}

/** A policy as directive names and their sources, in the order written. */
function parsePolicy(policy: string): Map<string, string[]> {
	const directives = new Map<string, string[]>();
	for (const directive of policy.split(';')) {
		const [name, ...sources] = directive.trim().split(/\s+/);
		if (name) directives.set(name.toLowerCase(), sources);
	}
	return directives;
}

/**
 * One policy for the whole site, to send as a header. Astro hashes the scripts of the whole
 * build but the inline styles of each page, so pages differ in their `style-src` hashes; the site
 * policy allows every source any page allows (each is the site’s own script or style). Throws,
 * naming the pages, when a page has no policy or several, or a directive another page lacks.
 */
export function sitePolicy(pages: ReadonlyMap<string, string[]>): string {
	const problems: string[] = [];
	const parsed = new Map<string, Map<string, string[]>>();
	for (const [page, policies] of pages) {
		if (policies.length === 1) parsed.set(page, parsePolicy(policies[0]!));
		else
			problems.push(`${page} (${policies.length === 0 ? 'không có' : `${policies.length} thẻ`})`);
	}
	const merged = new Map<string, Set<string>>();
	for (const directives of parsed.values()) {
		for (const [name, sources] of directives) {
			const union = merged.get(name) ?? new Set<string>();
			for (const source of sources) union.add(source);
			merged.set(name, union);
		}
	}
	for (const [page, directives] of parsed) {
		const missing = [...merged.keys()].filter((name) => !directives.has(name));
		if (missing.length > 0) problems.push(`${page} (thiếu ${missing.join(', ')})`);
	}
	if (merged.size === 0 || problems.length > 0) {
		const more = problems.length > 10 ? `, và ${problems.length - 10} trang khác` : '';
		throw new Error(
			'mỗi trang cần đúng một thẻ <meta> Content-Security-Policy với cùng các chỉ thị; ' +
				`khác ở: ${problems.slice(0, 10).join(', ') || 'mọi trang'}${more}`
		);
	}
	return [...merged].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** Every header for the site, the policy first, in the order the files list them. */
export function siteHeaders(policy: string): [string, string][] {
	return [
		['Content-Security-Policy', headerPolicy(policy)],
		...Object.entries(otherSecurityHeaders),
	];
}

/** `_headers` for static hosts that read it from the site folder (Netlify, Cloudflare Pages). */
export function staticHostHeadersFile(policy: string): string {
	const lines = siteHeaders(policy).map(([name, value]) => `  ${name}: ${value}`);
	return `/*\n${lines.join('\n')}\n`;
}

/** An nginx snippet of `add_header` lines, to `include` in the site’s `server` block. */
export function nginxHeadersFile(policy: string): string {
	const lines = siteHeaders(policy).map(([name, value]) => {
		if (/["\\\n]/.test(value))
			throw new Error(`header ${name} cannot be quoted for nginx: ${value}`);
		return `add_header ${name} "${value}" always;`;
	});
	return `# Written by the build (src/integrations/security-headers.ts); do not edit.\n${lines.join('\n')}\n`;
}
