import type { CliIo } from '../../src/lib/cli/io';

/** One subcommand of `npm run review`: a thin shell around functions of `src/lib/review`. */
export interface ReviewCommand {
	/** Name typed after `npm run review --`, e.g. `plan`. */
	name: string;
	/** One line for the command list. */
	summary: string;
	/** Full help text, printed by `--help`. */
	usage: string;
	/** Runs the command with the arguments after its name; returns the exit code. */
	run(args: string[], io: CliIo): Promise<number> | number;
}
