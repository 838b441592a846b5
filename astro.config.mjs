// @ts-check
import react from '@astrojs/react';
import { defineConfig } from 'astro/config';
import { citizenSettingsCheck } from './src/integrations/citizen-settings.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';

// https://astro.build/config
export default defineConfig({
	site: process.env.SITE_URL || undefined,
	trailingSlash: 'always',
	integrations: [contentCheck(), react(), pagefindIndex(), citizenSettingsCheck()],
});
