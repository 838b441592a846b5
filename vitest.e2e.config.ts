import { defineConfig } from 'vitest/config';

/**
 * Browser tests: Debian’s Chromium driven by playwright-core against the built site (`dist/`),
 * served on loopback by the global setup. Kept apart so `npm test` stays fast.
 */
export default defineConfig({
	test: {
		include: ['tests/e2e/**/*.test.ts'],
		globalSetup: ['tests/e2e/support/global-setup.ts'],
		// An axe analysis takes 1–3 s on a quiet machine and up to 30 s on a loaded two-core one,
		// where a page, its islands and axe share the cores with builds: allow for that.
		testTimeout: 120_000,
		hookTimeout: 180_000,
		// One Chromium at a time: CI machines have two cores.
		fileParallelism: false,
	},
});
