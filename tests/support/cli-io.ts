import type { CliIo } from '../../src/lib/cli/io';

/** A {@link CliIo} that keeps what a command prints, to run `main` in-process in a test. */
export interface BufferIo {
	io: CliIo;
	/** Everything printed on standard output so far. */
	stdout(): string;
	/** Everything printed on standard error so far. */
	stderr(): string;
}

/**
 * An io for project `root`, typed in folder `cwd` (the root by default), with an environment
 * without `DEBUG` so that messages look as an officer sees them.
 */
export function bufferIo(
	root: string,
	cwd = root,
	env: Record<string, string | undefined> = {}
): BufferIo {
	let out = '';
	let err = '';
	return {
		io: {
			cwd,
			root,
			env,
			log: (text) => void (out += `${text}\n`),
			error: (text) => void (err += `${text}\n`),
			interactive: false,
		},
		stdout: () => out,
		stderr: () => err,
	};
}
