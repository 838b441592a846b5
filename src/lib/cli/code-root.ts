import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** A file only the project’s own source tree has. */
const marker = 'scripts/cli/launch.mjs';

/**
 * The project’s own folder (its code, `node_modules` and launcher), which may differ from the
 * content root being worked on; `undefined` when the code runs outside its source tree. Searched
 * upwards from this module, not counted, because the CLI runs it from its bundle in `.cache/cli/`.
 */
export function findCodeRoot(from: string = import.meta.dirname): string | undefined {
	for (let dir = from; ; dir = dirname(dir)) {
		if (existsSync(join(dir, marker))) return dir;
		if (dirname(dir) === dir) return undefined;
	}
}
