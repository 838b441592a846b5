import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
	nginxHeadersFile,
	pagePolicies,
	sitePolicy,
	staticHostHeadersFile,
} from '../lib/security/security-headers';

/** Header files written at the root of the built site (docs/deployment.md says how to use them). */
export const headerFiles = {
	staticHost: '_headers',
	nginx: '_headers.nginx.conf',
} as const;

/**
 * After the build, reads the Content-Security-Policy Astro wrote into every page and writes it,
 * with the other security headers, as files a host can send as HTTP headers; so the header never
 * lags behind the `<meta>` when a script or style (and its hash) changes. Fails the build if a
 * page has no policy.
 */
export function securityHeaders(): AstroIntegration {
	return {
		name: 'tthc:security-headers',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				const pages = new Map<string, string[]>();
				for (const file of readdirSync(site, { recursive: true, encoding: 'utf8' })) {
					if (!file.endsWith('.html')) continue;
					pages.set(file, pagePolicies(readFileSync(join(site, file), 'utf8')));
				}
				const policy = sitePolicy(pages);
				writeFileSync(join(site, headerFiles.staticHost), staticHostHeadersFile(policy));
				writeFileSync(join(site, headerFiles.nginx), nginxHeadersFile(policy));
				logger.info(
					`security headers of ${pages.size} page(s) written to ${Object.values(headerFiles).join(' and ')}`
				);
			},
		},
	};
}
