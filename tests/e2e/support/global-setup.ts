import { existsSync } from 'node:fs';
import { preview } from 'astro';
import type { TestProject } from 'vitest/node';

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
	const port = Number(process.env.E2E_PORT ?? 4329);
	const server = await preview({
		root: process.cwd(),
		server: { host: '127.0.0.1', port },
		logLevel: 'warn',
	});
	// Astro moves to the next free port when this one is taken (another worktree’s tests, say).
	project.provide('baseUrl', `http://127.0.0.1:${server.port}`);
	return async () => {
		await server.stop();
	};
}
