/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
	test: {
		include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
		exclude: ['tests/e2e/**', 'node_modules/**'],
		// A floor for a two-core machine shared with builds: a unit test that takes 0.5 s when quiet
		// takes ten times that under load. Tests that start processes or load the whole catalogue set
		// their own, longer timeouts; none asserts on time.
		testTimeout: 30_000,
		hookTimeout: 120_000,
	},
});
