import type { CliIo } from '../../src/lib/cli/io';

/** A {@link CliIo} that keeps what a command prints, for in-process tests. */
export interface BufferIo extends CliIo {
	/** Lines printed on standard output. */
	stdout: string[];
	/** Lines printed on standard error. */
	stderr: string[];
	/** Both streams, in the order they were written, as one text. */
	output(): string;
}

/** A buffer io rooted at `root`, as if the command were typed in `cwd` (default: `root`). */
export function bufferIo(root: string, cwd = root): BufferIo {
	const stdout: string[] = [];
	const stderr: string[] = [];
	const both: string[] = [];
	return {
		cwd,
		root,
		env: {},
		interactive: false,
		stdout,
		stderr,
		log: (text) => void (stdout.push(text), both.push(text)),
		error: (text) => void (stderr.push(text), both.push(text)),
		output: () => both.join('\n'),
	};
}
