import { defineConfig } from 'vitest/config';

/**
 * Browser tests: Debian’s Chromium driven by playwright-core against the built site (`dist/`),
 * served on loopback by the global setup. Kept apart so `npm test` stays fast.
 */
export default defineConfig({
	test: {
		include: ['tests/e2e/**/*.test.ts'],
		globalSetup: ['tests/e2e/support/global-setup.ts'],
		testTimeout: 30_000,
		hookTimeout: 60_000,
		// One Chromium at a time: CI machines have two cores.
		fileParallelism: false,
	},
});
