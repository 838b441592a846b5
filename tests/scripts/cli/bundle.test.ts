import { execFileSync } from 'node:child_process';
import {
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	statSync,
	utimesSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { freshBundle } from '../../../scripts/cli/bundle.mjs';

/** A tiny project whose entry prints what a module it imports says. */
function writeProject(greeting: string): string {
	const root = mkdtempSync(join(tmpdir(), 'tthc-cli-bundle-'));
	mkdirSync(join(root, 'scripts'));
	mkdirSync(join(root, 'src'));
	writeFileSync(
		join(root, 'scripts/hello.ts'),
		"import { greeting } from '../src/greeting';\nconst text: string = greeting;\nconsole.log(text);\n"
	);
	writeGreeting(root, greeting);
	return root;
}

function writeGreeting(root: string, greeting: string): void {
	writeFileSync(join(root, 'src/greeting.ts'), `export const greeting = '${greeting}';\n`);
}

/** Bundles the project (if needed) and runs its entry with plain node. */
async function runHello(root: string) {
	const { dir, built } = await freshBundle({
		codeRoot: root,
		entries: { hello: 'scripts/hello.ts' },
	});
	const output = execFileSync(process.execPath, [join(dir, 'hello.mjs')], { encoding: 'utf8' });
	return { output, built, dir };
}

describe('freshBundle', () => {
	test('builds once, then reuses the bundle while no input changes', async () => {
		const root = writeProject('xin chào');
		expect(await runHello(root)).toMatchObject({ output: 'xin chào\n', built: true });
		expect(await runHello(root)).toMatchObject({ output: 'xin chào\n', built: false });
	}, 60_000);

	test('rebuilds when a module the entry imports changes', async () => {
		const root = writeProject('xin chào');
		await runHello(root);
		writeGreeting(root, 'tạm biệt');
		expect(await runHello(root)).toMatchObject({ output: 'tạm biệt\n', built: true });
	}, 60_000);

	test('rebuilds when an edit keeps the size and the modification time', async () => {
		const root = writeProject('mot');
		const file = join(root, 'src/greeting.ts');
		// A whole second, which utimes sets exactly, as tools that restore times do.
		const time = 1_700_000_000;
		utimesSync(file, time, time);
		await runHello(root);
		const { size } = statSync(file);
		writeGreeting(root, 'hai');
		utimesSync(file, time, time);
		expect(statSync(file)).toMatchObject({ size, mtimeMs: time * 1000 });
		expect(await runHello(root)).toMatchObject({ output: 'hai\n', built: true });
	}, 60_000);

	test('rebuilds when the manifest names a build that is gone', async () => {
		const root = writeProject('xin chào');
		const { dir } = await runHello(root);
		execFileSync('rm', ['-r', dir]);
		expect(await runHello(root)).toMatchObject({ output: 'xin chào\n', built: true });
	}, 60_000);

	test('throws esbuild’s errors and keeps the last good build when the code does not compile', async () => {
		const root = writeProject('xin chào');
		const first = await runHello(root);
		writeFileSync(join(root, 'src/greeting.ts'), 'export const greeting = ;\n');
		await expect(runHello(root)).rejects.toMatchObject({
			errors: [expect.objectContaining({ location: expect.objectContaining({ line: 1 }) })],
		});
		const cache = join(root, '.cache/cli');
		expect(readdirSync(cache).filter((name) => name.startsWith('tmp-'))).toEqual([]);
		writeGreeting(root, 'xin chào');
		expect((await runHello(root)).dir).toBe(first.dir);
	}, 60_000);
});

describe('freshBundle and packages', () => {
	/** A project importing a bundled package (exceljs) and another one, both CommonJS. */
	function writePackages(): string {
		const root = mkdtempSync(join(tmpdir(), 'tthc-cli-packages-'));
		mkdirSync(join(root, 'scripts'));
		for (const name of ['exceljs', 'other']) {
			mkdirSync(join(root, 'node_modules', name), { recursive: true });
			writeFileSync(
				join(root, 'node_modules', name, 'package.json'),
				JSON.stringify({ name, version: '1.0.0', main: 'index.js' })
			);
		}
		// A bundled package that requires a built-in and a file of its own at run time.
		writeFileSync(
			join(root, 'node_modules/exceljs/index.js'),
			"const { basename } = require('node:path');\nmodule.exports = { name: basename('/x/excel') + require('./part') };\n"
		);
		writeFileSync(join(root, 'node_modules/exceljs/part.js'), "module.exports = '-part';\n");
		writeFileSync(
			join(root, 'node_modules/other/index.js'),
			"module.exports = { name: 'other' };\n"
		);
		writeFileSync(join(root, 'node_modules/.package-lock.json'), '{}\n');
		writeFileSync(
			join(root, 'scripts/hello.ts'),
			"import excel from 'exceljs';\nimport other from 'other';\nconsole.log(excel.name, other.name);\n"
		);
		return root;
	}

	test('bundles exceljs in and loads every other package from node_modules', async () => {
		const root = writePackages();
		const { output, dir } = await runHello(root);
		expect(output).toBe('excel-part other\n');
		const code = readdirSync(dir, { recursive: true, encoding: 'utf8' })
			.filter((file) => file.endsWith('.mjs'))
			.map((file) => readFileSync(join(dir, file), 'utf8'))
			.join('\n');
		expect(code).not.toMatch(/from ["']exceljs["']/);
		expect(code).toMatch(/from ["']other["']/);
	}, 60_000);

	test('rebuilds after an install, which may have changed a bundled package', async () => {
		const root = writePackages();
		await runHello(root);
		writeFileSync(join(root, 'node_modules/exceljs/part.js'), "module.exports = '-new';\n");
		writeFileSync(join(root, 'node_modules/.package-lock.json'), '{ "changed": true }\n');
		expect(await runHello(root)).toMatchObject({ output: 'excel-new other\n', built: true });
	}, 60_000);
});
