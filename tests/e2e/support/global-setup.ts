import { existsSync, readFileSync } from 'node:fs';
import { preview } from 'astro';
import type { TestProject } from 'vitest/node';
import { freePort } from '../../../src/lib/net/free-port';

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
	}
}

/** Serves the built site on loopback for the browser tests, and stops it afterwards. */
export default async function setup(project: TestProject) {
	if (!existsSync('dist/index.html')) {
		throw new Error('dist/ is missing: run `npm run build` before the browser tests.');
	}
	// A port of our own: several worktrees run their browser tests at the same time. Astro’s
	// preview moves to the next port when this one is taken but still reports the one asked for,
	// so the tests would talk to another worktree’s server; the check below catches that too.
	const port = process.env.E2E_PORT ? Number(process.env.E2E_PORT) : await freePort();
	const server = await preview({
		root: process.cwd(),
		server: { host: '127.0.0.1', port },
		logLevel: 'warn',
	});
	const baseUrl = `http://127.0.0.1:${port}`;
	const served = await (await fetch(`${baseUrl}/`)).text();
	if (served !== readFileSync('dist/index.html', 'utf8')) {
		await server.stop();
		throw new Error(`${baseUrl} serves another site than dist/: set E2E_PORT to a free port.`);
	}
	project.provide('baseUrl', baseUrl);
	return async () => {
		await server.stop();
	};
}
