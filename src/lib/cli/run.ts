/** An error caused by the user’s input: shown as one line, without a stack trace. */
export class UserError extends Error {
	override name = 'UserError';
}

/**
 * Runs a command-line entry point: its return value is the exit code; a {@link UserError} prints
 * one clear line and exits 1; anything else prints its message (the stack only with `DEBUG=1`).
 */
export async function runCli(main: () => Promise<number | void> | number | void): Promise<void> {
	try {
		process.exitCode = (await main()) ?? 0;
	} catch (error) {
		process.exitCode = 1;
		if (error instanceof UserError) {
			console.error(`error: ${error.message}`);
			return;
		}
		const message = error instanceof Error ? error.message : String(error);
		console.error(`error: ${message}`);
		if (process.env.DEBUG) console.error(error);
		else console.error('(run again with DEBUG=1 for details)');
	}
}
