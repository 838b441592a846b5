import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { preview } from 'astro';
import { UserError } from '../../src/lib/cli/run';
import { freePort } from '../../src/lib/net/free-port';

/** A built site served on loopback, as the browser tests serve `dist/`. */
export interface ServedSite {
	baseUrl: string;
	stop: () => Promise<void>;
}

/** Serves a built site folder with Astro’s preview server on a free loopback port. */
export async function serveDist(root: string, distDir: string): Promise<ServedSite> {
	if (!existsSync(join(distDir, 'index.html')) || !existsSync(join(distDir, 'search-index.json')))
		throw new UserError(
			`${distDir}: cần một trang đã dựng (index.html, search-index.json); chưa có`
		);
	const port = await freePort();
	const server = await preview({
		root,
		outDir: distDir,
		server: { host: '127.0.0.1', port },
		logLevel: 'warn',
	});
	return { baseUrl: `http://127.0.0.1:${port}`, stop: () => server.stop() };
}
