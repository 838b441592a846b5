// @ts-check
import react from '@astrojs/react';
import { defineConfig } from 'astro/config';
import { citizenSettingsCheck } from './src/integrations/citizen-settings.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { preactInBrowser } from './src/integrations/preact-in-browser.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { markdownConfig } from './src/lib/markdown/markdown-config.ts';
import { cspDirectives, cspScriptSources } from './src/lib/security/content-security-policy.ts';

// https://astro.build/config
export default defineConfig({
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
