import type { Plugin } from 'vite';

/** What the islands import from React, and what Preact’s compatibility layer serves instead. */
const browserModules: Record<string, string> = {
	react: 'preact/compat',
	'react-dom': 'preact/compat',
	'react-dom/client': 'preact/compat/client',
	'react/jsx-runtime': 'preact/jsx-runtime',
	'react/jsx-dev-runtime': 'preact/jsx-runtime',
};

/**
 * Serves `preact/compat` to the browser wherever the islands and `@astrojs/react` import React:
 * the same components, a fraction of the JavaScript. The server render keeps React (the client
 * only hydrates its markup), so pages and the Container API tests are rendered as before.
 */
export function preactInBrowser(): Plugin {
	return {
		name: 'preact-in-browser',
		enforce: 'pre',
		async resolveId(id, importer, options) {
			const target = browserModules[id];
			if (!target || options?.ssr) return null;
			return this.resolve(target, importer, { ...options, skipSelf: true });
		},
	};
}
