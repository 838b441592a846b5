import type { CliIo } from '../../src/lib/cli/io';

/**
 * An io for running a command’s `main` in-process: output goes to buffers the test reads back.
 * `root` is the project root; `cwd`, the folder the user typed the command in, defaults to it.
 */
export function bufferIo(root: string, cwd = root) {
	const out: string[] = [];
	const err: string[] = [];
	const io: CliIo = {
		cwd,
		root,
		env: {},
		log: (text) => void out.push(`${text}\n`),
		error: (text) => void err.push(`${text}\n`),
		interactive: false,
	};
	return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}
