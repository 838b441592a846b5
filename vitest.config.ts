/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
	test: {
		include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
		exclude: ['tests/e2e/**', 'node_modules/**'],
		// A floor for a two-core machine shared with builds: under `stress --cpu 4` on top of other
		// work, a test that takes 3 s when quiet took 36 s. Tests that start processes, render the
		// reports or load the whole catalogue set their own, longer timeouts; none asserts on time.
		testTimeout: 120_000,
		hookTimeout: 300_000,
	},
});
