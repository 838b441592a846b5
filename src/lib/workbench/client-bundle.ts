import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';

/** The form’s script and styles, served by the workbench only: the public site never has them. */
export interface ClientAssets {
	script: string;
	styles: string;
}

/** Entry of the form island and its stylesheet, relative to the project’s folder. */
export const clientEntry = 'src/components/workbench/app/main.tsx';

/**
 * The project’s own folder (its code), which may differ from the content root being edited: the
 * nearest folder above this module that holds the island’s entry. Searched for, not counted,
 * because the CLI runs this module from its bundle in `.cache/cli/` (scripts/cli/bundle.mjs).
 */
const codeRoot = findUp(import.meta.dirname, clientEntry);

/** The nearest folder from `from` upwards holding `file`; the source layout’s root as a last resort. */
function findUp(from: string, file: string): string {
	for (let dir = from; ; dir = dirname(dir)) {
		if (existsSync(join(dir, file))) return dir;
		if (dirname(dir) === dir) return join(import.meta.dirname, '../../..');
	}
}

const stylesheets = ['src/styles/global.css', 'src/components/workbench/workbench.css'];

/**
 * Bundles the form for the browser with esbuild, in memory: React, the zod schemas and the
 * scoring of `src/lib/review/` go in, exactly the code the CLI runs. About a second, once per
 * start of the workbench.
 */
export async function bundleClient(): Promise<ClientAssets> {
	const result = await build({
		entryPoints: [join(codeRoot, clientEntry)],
		bundle: true,
		write: false,
		format: 'esm',
		platform: 'browser',
		target: 'es2022',
		jsx: 'automatic',
		minify: true,
		legalComments: 'none',
		define: { 'process.env.NODE_ENV': '"production"' },
		logLevel: 'silent',
	});
	const styles = await Promise.all(
		stylesheets.map((file) => readFile(join(codeRoot, file), 'utf8'))
	);
	return { script: result.outputFiles[0]!.text, styles: styles.join('\n') };
}
