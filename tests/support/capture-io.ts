import type { CliIo } from '../../src/lib/cli/io';

/** A command-line io that keeps what a command prints, for in-process tests. */
export interface CapturedIo extends CliIo {
	/** Lines printed on standard output, joined by line breaks. */
	readonly out: string;
	/** Lines printed on standard error, joined by line breaks. */
	readonly err: string;
}

/** An io rooted at `root` (also the caller’s folder unless `cwd` is given). */
export function captureIo(root: string, cwd: string = root): CapturedIo {
	const out: string[] = [];
	const err: string[] = [];
	return {
		cwd,
		root,
		env: {},
		interactive: false,
		log: (text) => void out.push(text),
		error: (text) => void err.push(text),
		get out() {
			return out.join('\n');
		},
		get err() {
			return err.join('\n');
		},
	};
}
