import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
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
