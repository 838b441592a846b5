// @ts-check
import react from '@astrojs/react';
import { defineConfig } from 'astro/config';
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { citizenSettingsCheck } from './src/integrations/citizen-settings.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { dataStoreAtRuntime } from './src/integrations/data-store-at-runtime.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { preactInBrowser } from './src/integrations/preact-in-browser.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { markdownConfig } from './src/lib/markdown/markdown-config.ts';
import { cspDirectives, cspScriptSources } from './src/lib/security/content-security-policy.ts';

// https://astro.build/config
export default defineConfig({
	// Astro keeps the synced collection in its cache folder and reuses it on the next build; a
	// build of another content folder (TTHC_CONTENT_DIR, the benchmark corpora) gets its own, so
	// the catalogues never mix.
	...(process.env.TTHC_CONTENT_DIR && {
		cacheDir: `./node_modules/.astro/content-${createHash('sha256').update(resolve(process.env.TTHC_CONTENT_DIR)).digest('hex').slice(0, 12)}`,
	}),
	site: process.env.SITE_URL || undefined,
	trailingSlash: 'always',
	// Procedure bodies are sanitised: see src/lib/markdown/.
	markdown: markdownConfig,
	integrations: [
		contentCheck(),
		react(),
		pagefindIndex(),
		securityHeaders(),
		citizenSettingsCheck(),
		dataStoreAtRuntime(),
	],
	vite: { plugins: [preactInBrowser()] },
	experimental: {
		// A Content-Security-Policy <meta> on every page, with the hashes of Astro’s inline scripts
		// and styles; see src/lib/security/content-security-policy.ts and docs/deployment.md.
		csp: {
			directives: [...cspDirectives],
			scriptDirective: { resources: [...cspScriptSources] },
		},
	},
});
