import type { AstroMarkdownOptions } from '@astrojs/markdown-remark';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import { markdownSanitizeSchema } from './sanitize-schema';

/**
 * How Markdown bodies are rendered: `markdown` in `astro.config.mjs`, and the unit tests run the
 * same options through Astro’s own Markdown processor.
 *
 * Astro parses raw HTML (`rehype-raw`) only after the user’s rehype plugins, and `rehype-sanitize`
 * drops raw HTML it cannot read; parsing it first means harmless markup such as `<b>` or a `<div>`
 * around text keeps its text, and the sanitiser sees real elements. What Astro runs after these
 * plugins (heading ids, its own raw pass, serialising) adds no markup from the body.
 *
 * No syntax highlighting: Shiki colours code with `style` attributes, which the sanitiser and the
 * Content-Security-Policy would both remove; code stays plain `<pre><code>`.
 */
export const markdownConfig = {
	syntaxHighlight: false,
	rehypePlugins: [rehypeRaw, [rehypeSanitize, markdownSanitizeSchema]],
} satisfies AstroMarkdownOptions;
