// Plain JavaScript on purpose: this is what turns the TypeScript of `scripts/` into something plain
// `node` runs, so it cannot itself need a compiler.
import { createHash, randomBytes } from 'node:crypto';
import {
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	renameSync,
	rmSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { extname, join, relative } from 'node:path';

/** Bumped when the manifest or the build options change, so older caches are ignored. */
const manifestVersion = 3;

/** Files outside the bundle’s inputs that still change what it contains. */
const configFiles = [
	'package.json',
	'tsconfig.json',
	// Rewritten by every npm install: the packages bundled in (see bundledPackages) may have changed.
	'node_modules/.package-lock.json',
	'node_modules/esbuild/package.json',
	'scripts/cli/bundle.mjs',
];

/**
 * Packages bundled in rather than loaded from `node_modules`: exceljs is some four hundred
 * CommonJS files, and resolving and compiling them one by one took 0.3 s of each `report --format
 * xlsx`; bundled, they load in half that. The others stay external (some, such as jsdom, read their
 * own files at run time).
 */
const bundledPackages = new Set(['exceljs']);

/** Builds other than the current one are kept this long: a running workbench may still load them. */
const oldBuildLifetimeMs = 24 * 60 * 60 * 1000;

/**
 * @typedef {object} BundleOptions
 * @property {string} codeRoot The project’s own folder: its `scripts/`, `src/` and `node_modules/`.
 * @property {Record<string, string>} entries Command name → entry file relative to `codeRoot`.
 * @property {string} [cacheDir] Where builds go (default `<codeRoot>/.cache/cli`).
 */

/**
 * @typedef {object} Manifest
 * @property {number} version
 * @property {string} build Folder of the build, relative to the cache folder.
 * @property {string[]} entries Command names of the build.
 * @property {[string, number, number, number][]} inputs Each file the build read, relative to
 *   `codeRoot`, with its size, mtime and ctime as they were before it was read.
 */

/**
 * The folder of an up-to-date bundle of every entry, building it first when any file it was made
 * from (or the build set-up) changed since. A file counts as unchanged only if its size, mtime and
 * ctime are all the same: ctime cannot be set back by tools that restore mtimes, so a stale build
 * is never used. Each file’s stat is taken before esbuild reads it, so an edit made during a build
 * makes the next start build again. Returns the build folder and whether it was built now.
 *
 * @param {BundleOptions} options
 * @returns {Promise<{ dir: string; built: boolean }>}
 */
export async function freshBundle(options) {
	const cacheDir = options.cacheDir ?? join(options.codeRoot, '.cache/cli');
	const current = readManifest(cacheDir);
	if (current && isFresh(current, options, cacheDir)) {
		return { dir: join(cacheDir, current.build), built: false };
	}
	const manifest = await build(options, cacheDir);
	return { dir: join(cacheDir, manifest.build), built: true };
}

/**
 * Whether `manifest` describes a complete build of exactly these entries from the files as they
 * are now.
 *
 * @param {Manifest} manifest
 * @param {BundleOptions} options
 * @param {string} cacheDir
 */
function isFresh(manifest, options, cacheDir) {
	const names = Object.keys(options.entries).sort();
	if (manifest.version !== manifestVersion || manifest.entries.join() !== names.join()) {
		return false;
	}
	for (const name of names) {
		if (!existsSync(join(cacheDir, manifest.build, `${name}.mjs`))) return false;
	}
	return manifest.inputs.every(([file, size, mtime, ctime]) => {
		const stat = statSync(join(options.codeRoot, file), { throwIfNoEntry: false });
		return stat?.size === size && stat.mtimeMs === mtime && stat.ctimeMs === ctime;
	});
}

/**
 * @param {string} cacheDir
 * @returns {Manifest | undefined}
 */
function readManifest(cacheDir) {
	try {
		const manifest = JSON.parse(readFileSync(join(cacheDir, 'manifest.json'), 'utf8'));
		return Array.isArray(manifest?.inputs) && Array.isArray(manifest.entries)
			? manifest
			: undefined;
	} catch {
		return undefined;
	}
}

/**
 * Bundles every entry with esbuild into a new folder named after its contents, then records it
 * in the manifest. Packages stay external: node loads them from `node_modules` as it would for
 * the sources (some, such as exceljs and jsdom, read their own files at run time). Several
 * processes may build at once: each writes its own temporary folder and file, then renames.
 *
 * @param {BundleOptions} options
 * @param {string} cacheDir
 * @returns {Promise<Manifest>}
 */
async function build(options, cacheDir) {
	const { build: esbuild } = await import('esbuild');
	/** @type {Map<string, [string, number, number, number]>} */
	const inputs = new Map();
	/** @param {string} path */
	const record = (path) => {
		const file = relative(options.codeRoot, path);
		const stat = statSync(path);
		inputs.set(file, [file, stat.size, stat.mtimeMs, stat.ctimeMs]);
	};
	for (const file of configFiles) {
		if (existsSync(join(options.codeRoot, file))) record(join(options.codeRoot, file));
	}
	mkdirSync(cacheDir, { recursive: true });
	const tmp = join(cacheDir, `tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
	try {
		const result = await esbuild({
			absWorkingDir: options.codeRoot,
			entryPoints: Object.entries(options.entries).map(([name, file]) => ({ in: file, out: name })),
			outdir: tmp,
			outExtension: { '.js': '.mjs' },
			chunkNames: 'chunks/[name]-[hash]',
			bundle: true,
			splitting: true,
			format: 'esm',
			platform: 'node',
			target: 'node20',
			// Bundled CommonJS calls require(); an ES module has none of its own.
			banner: {
				js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
			},
			jsx: 'automatic',
			sourcemap: 'linked',
			logLevel: 'silent',
			plugins: [
				{
					name: 'external-packages',
					setup(build) {
						// A package imported by the project’s code stays external unless it is bundled
						// in; what a bundled package imports is bundled with it.
						build.onResolve({ filter: /^[^./]/ }, (args) => {
							if (args.importer.includes('/node_modules/')) return undefined;
							const name = args.path
								.split('/')
								.slice(0, args.path.startsWith('@') ? 2 : 1)
								.join('/');
							return bundledPackages.has(name) ? undefined : { path: args.path, external: true };
						});
					},
				},
				{
					name: 'record-inputs',
					setup(build) {
						build.onLoad({ filter: /\.(?:[cm]?[jt]sx?|json)$/ }, (args) => {
							if (args.namespace !== 'file') return undefined;
							// Bundled packages change only with an install (see configFiles).
							if (!args.path.includes('/node_modules/')) record(args.path);
							return { contents: readFileSync(args.path), loader: loaderOf(args.path) };
						});
					},
				},
			],
		});
		if (result.errors.length > 0) throw new Error('esbuild');
		const built = `build-${hashFolder(tmp)}`;
		try {
			renameSync(tmp, join(cacheDir, built));
		} catch {
			// Another process made the same build first: its folder has the same files.
			rmSync(tmp, { recursive: true, force: true });
		}
		/** @type {Manifest} */
		const manifest = {
			version: manifestVersion,
			build: built,
			entries: Object.keys(options.entries).sort(),
			inputs: [...inputs.values()].sort((a, b) => (a[0] < b[0] ? -1 : 1)),
		};
		writeAtomic(join(cacheDir, 'manifest.json'), JSON.stringify(manifest));
		removeOldBuilds(cacheDir, built);
		return manifest;
	} finally {
		rmSync(tmp, { recursive: true, force: true });
	}
}

/** @param {string} path */
function loaderOf(path) {
	const extension = extname(path).replace(/^\.[cm]?/, '');
	return /** @type {'ts' | 'tsx' | 'js' | 'jsx' | 'json'} */ (extension);
}

/** A short hash of every file of a folder, names and contents. @param {string} dir */
function hashFolder(dir) {
	const hash = createHash('sha256');
	const files = readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => join(entry.parentPath, entry.name))
		.sort();
	for (const file of files)
		hash.update(relative(dir, file)).update('\0').update(readFileSync(file));
	return hash.digest('hex').slice(0, 16);
}

/** Writes a temporary file beside `path`, then renames it over. @param {string} path @param {string} text */
function writeAtomic(path, text) {
	const tmp = `${path}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
	writeFileSync(tmp, text);
	renameSync(tmp, path);
}

/** Removes builds a day old, except the current one. @param {string} cacheDir @param {string} keep */
function removeOldBuilds(cacheDir, keep) {
	const now = Date.now();
	for (const entry of readdirSync(cacheDir, { withFileTypes: true })) {
		if (!entry.isDirectory() || entry.name === keep || !/^(build|tmp)-/.test(entry.name)) continue;
		const path = join(cacheDir, entry.name);
		const stat = statSync(path, { throwIfNoEntry: false });
		if (stat && now - stat.mtimeMs > oldBuildLifetimeMs)
			rmSync(path, { recursive: true, force: true });
	}
}
