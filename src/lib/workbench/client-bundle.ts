import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';
import { findCodeRoot } from '../cli/code-root';

/** The form’s script and styles, served by the workbench only: the public site never has them. */
export interface ClientAssets {
	script: string;
	styles: string;
}

/** Entry of the form island and its stylesheet, relative to the project’s folder. */
export const clientEntry = 'src/components/workbench/app/main.tsx';

/** The project’s own folder, where the island’s sources are. */
const codeRoot = findCodeRoot() ?? join(import.meta.dirname, '../../..');

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
