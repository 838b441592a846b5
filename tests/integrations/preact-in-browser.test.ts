import { describe, expect, test } from 'vitest';
import { preactInBrowser } from '../../src/integrations/preact-in-browser';

/** Calls the plugin’s `resolveId` with a resolver that echoes what it was asked for. */
async function resolve(id: string, ssr: boolean): Promise<unknown> {
	const plugin = preactInBrowser();
	const hook = plugin.resolveId as (
		this: unknown,
		id: string,
		importer: string | undefined,
		options: { ssr?: boolean; isEntry: boolean }
	) => Promise<unknown>;
	const context = { resolve: async (target: string) => ({ id: `resolved:${target}` }) };
	return hook.call(context, id, '/src/components/search/SearchApp.tsx', { ssr, isEntry: false });
}

describe('preactInBrowser', () => {
	test('serves preact/compat for React in the browser bundle', async () => {
		expect(await resolve('react', false)).toEqual({ id: 'resolved:preact/compat' });
		expect(await resolve('react-dom/client', false)).toEqual({
			id: 'resolved:preact/compat/client',
		});
		expect(await resolve('react/jsx-runtime', false)).toEqual({
			id: 'resolved:preact/jsx-runtime',
		});
	});

	test('leaves React to the server render', async () => {
		expect(await resolve('react', true)).toBeNull();
		expect(await resolve('react-dom/server', false)).toBeNull();
	});

	test('leaves every other module alone', async () => {
		expect(await resolve('fuse.js', false)).toBeNull();
	});
});
