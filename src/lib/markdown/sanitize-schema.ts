import type { Options as SanitizeSchema } from 'rehype-sanitize';
import { safeUrlSchemes } from '../links/safe-href';

/**
 * What a procedure’s Markdown body may contain once rendered: text with headings, paragraphs,
 * lists, tables, emphasis, quotes, code and links to web pages or e-mail addresses. Bodies come
 * from officers and from imported national records, so everything else is dropped: scripts,
 * event handlers (`onerror`, `onload`), `style` (also because the Content-Security-Policy blocks
 * inline styles), frames, forms, images, SVG and MathML. Elements not listed are unwrapped (their
 * text stays); the ones in `strip` go with their content, which is code or CSS, not prose.
 * Relative links (`/thu-tuc/…`, `#can-cu`) are kept. No `id` is kept, so a body cannot shadow
 * the page’s own ids or globals (“DOM clobbering”); Astro gives headings their ids afterwards.
 * GFM footnotes are not supported: their ids would be dropped too.
 */
export const markdownSanitizeSchema: SanitizeSchema = {
	tagNames: [
		'a',
		'abbr',
		'b',
		'blockquote',
		'br',
		'code',
		'dd',
		'del',
		'dl',
		'dt',
		'em',
		'h1',
		'h2',
		'h3',
		'h4',
		'h5',
		'h6',
		'hr',
		'i',
		'ins',
		'kbd',
		'li',
		'ol',
		'p',
		'pre',
		's',
		'strong',
		'sub',
		'sup',
		'table',
		'tbody',
		'td',
		'tfoot',
		'th',
		'thead',
		'tr',
		'ul',
	],
	attributes: {
		a: ['href', 'title'],
		abbr: ['title'],
		ol: ['start'],
		// Column alignment of Markdown tables (`| :-: |`) comes as `align`, never as `style`.
		td: ['align', 'colSpan', 'rowSpan'],
		th: ['align', 'colSpan', 'rowSpan', 'scope'],
		'*': ['lang', 'dir'],
	},
	protocols: { href: [...safeUrlSchemes] },
	clobber: [],
	ancestors: {
		tbody: ['table'],
		td: ['table'],
		tfoot: ['table'],
		th: ['table'],
		thead: ['table'],
		tr: ['table'],
	},
	strip: [
		'script',
		'style',
		'template',
		'noscript',
		'iframe',
		'frame',
		'object',
		'embed',
		'svg',
		'math',
		'textarea',
		'select',
		'title',
	],
	allowComments: false,
	allowDoctypes: false,
};
