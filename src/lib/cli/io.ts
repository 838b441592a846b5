import { isAbsolute, resolve } from 'node:path';

/**
 * Everything a command-line entry point touches outside its arguments: where paths resolve from,
 * the environment, and its two output streams. The real process gives {@link processIo}; tests
 * give buffers, so that a command runs in-process, in milliseconds, without spawning `tsx`.
 */
export interface CliIo {
	/**
	 * The folder the user typed the command in. `npm run` moves to the project root before it
	 * starts a script and keeps the caller’s folder in `INIT_CWD`; relative paths in options
	 * (`--input`, `--out`) resolve from here, as the user expects.
	 */
	cwd: string;
	/** The project root: `content/`, `sources/` and the default output folders live here. */
	root: string;
	/** Environment variables (`DEBUG`, `TTHC_CONTENT_DIR`…). */
	env: Readonly<Record<string, string | undefined>>;
	/** Prints text and a line break on standard output. */
	log(text: string): void;
	/** Prints text and a line break on standard error. */
	error(text: string): void;
	/** Whether standard error is a terminal, so progress may redraw one line. */
	interactive: boolean;
}

/** The io of the running process. */
export function processIo(): CliIo {
	return {
		cwd: process.env.INIT_CWD ?? process.cwd(),
		root: process.cwd(),
		env: process.env,
		log: (text) => void process.stdout.write(`${text}\n`),
		error: (text) => void process.stderr.write(`${text}\n`),
		interactive: Boolean(process.stderr.isTTY),
	};
}

/** A path given on the command line, made absolute from the folder the user typed it in. */
export function resolveUserPath(io: CliIo, path: string): string {
	return isAbsolute(path) ? path : resolve(io.cwd, path);
}
