import type { CliIo } from '../src/lib/cli/io';
import { runCli, UserError } from '../src/lib/cli/run';
import { commands } from './review/commands';

function overview(): string {
	const width = Math.max(0, ...commands.map((command) => command.name.length));
	const lines = commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`);
	return [
		'Usage: npm run review -- <command> [options]',
		'',
		'Annual review of administrative procedures (rà soát, đánh giá TTHC).',
		'',
		'Commands:',
		...lines,
		'',
		'Run `npm run review -- <command> --help` for the options of a command.',
	].join('\n');
}

/** `npm run review -- <command>`: dispatches to one subcommand of `scripts/review/`. */
export async function main(argv: string[], io: CliIo): Promise<number> {
	const [name, ...args] = argv;
	if (!name || name === '--help' || name === '-h' || name === 'help') {
		io.log(overview());
		return name ? 0 : 1;
	}
	const command = commands.find((candidate) => candidate.name === name);
	if (!command) throw new UserError(`unknown command "${name}".\n\n${overview()}`);
	if (args.includes('--help') || args.includes('-h')) {
		io.log(command.usage);
		return 0;
	}
	return command.run(args, io);
}

await runCli(main, import.meta.url);
