// @ts-check
import react from '@astrojs/react';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { markdownConfig } from './src/lib/markdown/markdown-config.ts';

// https://astro.build/config
export default defineConfig({
	site: process.env.SITE_URL ?? 'https://tthc.example.gov.vn',
	trailingSlash: 'always',
	// Procedure bodies are sanitised: see src/lib/markdown/.
	markdown: markdownConfig,
	integrations: [contentCheck(), react(), pagefindIndex()],
});
