import { chromium, type Browser } from 'playwright-core';

/**
 * Debian’s Chromium (`apt-get install chromium`); never a downloaded browser. Without the
 * background-networking flags Chromium keeps retrying refused outbound connections.
 */
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
];

/** Starts headless Chromium, for the browser tests and the search bench. */
export function launchBrowser(): Promise<Browser> {
	return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
}
