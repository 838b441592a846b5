import { main } from '../../../../scripts/review';
import { runMain } from '../../../../src/lib/cli/run';
import { bufferIo } from '../../../support/cli-io';

/** Output of one in-process run of `npm run review`. */
export interface ReviewRun {
	code: number;
	stdout: string;
	stderr: string;
}

/**
 * Runs `npm run review -- <args>` in-process, in project `root`, as typed in folder `cwd` (the
 * root by default): milliseconds instead of a `tsx` start, whatever the load of the machine.
 */
export async function runReview(args: string[], root: string, cwd = root): Promise<ReviewRun> {
	const { io, stdout, stderr } = bufferIo(root, cwd);
	const code = await runMain(main, args, io);
	return { code, stdout: stdout(), stderr: stderr() };
}
