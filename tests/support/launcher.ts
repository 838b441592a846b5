import { join } from 'node:path';

/** The project’s own folder. */
export const codeRoot = join(import.meta.dirname, '../..');

/**
 * The program and arguments that start CLI command `name` as `npm run` does: plain node with the
 * launcher, which runs the bundle in `.cache/cli/` (built first if any source changed).
 */
export function launch(name: string, ...args: string[]): [string, string[]] {
	return [process.execPath, [join(codeRoot, 'scripts/cli/launch.mjs'), name, ...args]];
}
