import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';

let loaded: typeof Yaml | undefined;

/**
 * The yaml package, loaded on first use. Commands read content with js-yaml (as Astro does);
 * yaml only locates the values of a file with a problem and writes files, and loading it took
 * 40–60 ms of the start of every command.
 */
export function yamlPackage(): typeof Yaml {
	return (loaded ??= createRequire(import.meta.url)('yaml') as typeof Yaml);
}
