import { pathToFileURL } from 'node:url';
import { processIo, type CliIo } from './io';

/**
 * An error caused by the user’s input, shown without a stack trace. The message’s first paragraph
 * holds the problems, one per line, each printed as `lỗi: …`; a later paragraph (after a blank
 * line), such as the usage, is printed as it is.
 */
export class UserError extends Error {
	override name = 'UserError';
}

/** A command-line entry point: reads its arguments, prints through `io`, returns the exit code. */
export type CliMain = (argv: string[], io: CliIo) => Promise<number | void> | number | void;

/**
 * Runs an entry point and returns its exit code: a {@link UserError} prints its problems and
 * gives 1; anything else prints its message (the stack only with `DEBUG=1`) and gives 1. Tests
 * call this in-process with their own `io`; {@link runCli} calls it for the real process.
 */
export async function runMain(main: CliMain, argv: string[], io: CliIo): Promise<number> {
	try {
		return (await main(argv, io)) ?? 0;
	} catch (error) {
		if (error instanceof UserError) {
			io.error(errorLines(error.message));
			return 1;
		}
		io.error(errorLines(error instanceof Error ? error.message : String(error)));
		if (io.env.DEBUG) io.error(String((error as Error)?.stack ?? error));
		else io.error('(chạy lại với DEBUG=1 để xem chi tiết)');
		return 1;
	}
}

/** Prefixes each line of the message’s first paragraph with `lỗi: `, and keeps the rest as it is. */
export function errorLines(message: string): string {
	const [problems = '', ...rest] = message.split('\n\n');
	const lines = problems.split('\n').map((line) => `lỗi: ${line}`);
	return [lines.join('\n'), ...rest].join('\n\n');
}

/** Runs `main` for the real process when its module is the script node was started with. */
export async function runCli(main: CliMain, moduleUrl?: string): Promise<void> {
	if (moduleUrl !== undefined && !isEntryModule(moduleUrl)) return;
	// `npm run review -- plan | head` closes the pipe early: that is the reader’s choice, not an error.
	process.stdout.on('error', (error: NodeJS.ErrnoException) => {
		if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
		throw error;
	});
	process.exitCode = await runMain(main, process.argv.slice(2), processIo());
}

/** Whether `moduleUrl` (a module’s `import.meta.url`) is the script this process was started with. */
export function isEntryModule(moduleUrl: string): boolean {
	const script = process.argv[1];
	return script !== undefined && pathToFileURL(script).href === moduleUrl;
}
