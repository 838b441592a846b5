import type { CliIo } from '../../src/lib/cli/io';

/** A {@link CliIo} that keeps what a command prints, to run `main` in-process in a test. */
export interface BufferIo {
	io: CliIo;
	/** Everything printed on standard output so far. */
	stdout(): string;
	/** Everything printed on standard error so far. */
	stderr(): string;
	/** The lines printed on standard output, one entry per `log` call. */
	stdoutLines(): string[];
	/** The lines printed on standard error, one entry per `error` call. */
	stderrLines(): string[];
	/** Both streams as a terminal interleaves them, lines joined by line breaks. */
	output(): string;
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
	const out: string[] = [];
	const err: string[] = [];
	const both: string[] = [];
	const text = (lines: string[]) => lines.map((line) => `${line}\n`).join('');
	return {
		io: {
			cwd,
			root,
			env,
			log: (line) => void (out.push(line), both.push(line)),
			error: (line) => void (err.push(line), both.push(line)),
			interactive: false,
		},
		stdout: () => text(out),
		stderr: () => text(err),
		stdoutLines: () => [...out],
		stderrLines: () => [...err],
		output: () => both.join('\n'),
	};
}
