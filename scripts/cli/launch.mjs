// `node scripts/cli/launch.mjs <command> [arguments]`: what `npm run review|check|import|…` start.
// Plain JavaScript, so that plain `node` starts it without compiling anything (see bundle.mjs).
import { spawnSync } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { freshBundle } from './bundle.mjs';

/** The project’s own folder, whatever folder the command is typed in. */
const codeRoot = join(dirname(fileURLToPath(import.meta.url)), '../..');

/** Each command the launcher starts, and its TypeScript entry point. */
const cliEntries = {
	review: 'scripts/review.ts',
	check: 'scripts/check.ts',
	import: 'scripts/import.ts',
	workbench: 'scripts/workbench.ts',
	'samples-dossiers': 'scripts/generate-dossier-samples.ts',
	'check-docx': 'scripts/check-docx.ts',
	'bench-dossiers': 'scripts/bench/dossiers.ts',
	'bench-review': 'scripts/bench/review.ts',
	'bench-cli': 'scripts/bench/cli.ts',
};

/**
 * Runs command `name` from an up-to-date bundle, as if node had been started with the bundled
 * entry: `process.argv[1]` names it, so the entry’s `runCli(main, import.meta.url)` runs `main`.
 *
 * @param {string | undefined} name
 * @param {string[]} args
 */
async function launch(name, args) {
	if (name === undefined || !Object.hasOwn(cliEntries, name)) {
		process.stderr.write(
			`lỗi: không có lệnh "${name ?? ''}"; cần một trong: ${Object.keys(cliEntries).join(', ')}\n`
		);
		return 1;
	}
	let dir;
	try {
		({ dir } = await freshBundle({ codeRoot, entries: cliEntries }));
	} catch (error) {
		return withTsx(name, args, error);
	}
	if (process.env.DEBUG) process.setSourceMapsEnabled(true);
	const entry = realpathSync(join(dir, `${name}.mjs`));
	process.argv = [process.argv[0] ?? process.execPath, entry, ...args];
	await import(pathToFileURL(entry).href);
	return undefined;
}

/**
 * When the bundle cannot be made (esbuild missing, or the code does not compile), says so and
 * runs the TypeScript through tsx, which is slower but shows the code’s own error if there is one.
 *
 * @param {string} name
 * @param {string[]} args
 * @param {unknown} error
 */
function withTsx(name, args, error) {
	const reason = esbuildReason(error);
	const tsx = join(codeRoot, 'node_modules/.bin/tsx');
	if (!existsSync(tsx)) {
		process.stderr.write(
			`lỗi: không đóng gói được lệnh bằng esbuild và không có tsx để chạy thay: ${reason}\n` +
				'Cài lại các gói bằng npm ci rồi chạy lại.\n'
		);
		return 1;
	}
	process.stderr.write(
		`cảnh báo: không đóng gói được lệnh bằng esbuild (${reason}); chạy bằng tsx, chậm hơn\n`
	);
	const result = spawnSync(tsx, [join(codeRoot, cliEntries[name]), ...args], { stdio: 'inherit' });
	return result.status ?? 1;
}

/** The first problem esbuild reported, as `file:line: text`, or the error’s message. */
function esbuildReason(error) {
	const first =
		/** @type {{ errors?: { text: string; location?: { file: string; line: number } }[] }} */ (
			error
		)?.errors?.[0];
	if (first) {
		return first.location
			? `${first.location.file}:${first.location.line}: ${first.text}`
			: first.text;
	}
	return error instanceof Error ? error.message : String(error);
}

const code = await launch(process.argv[2], process.argv.slice(3));
if (code !== undefined) process.exitCode = code;
