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

runCli(async () => {
	const [name, ...args] = process.argv.slice(2);
	if (!name || name === '--help' || name === '-h' || name === 'help') {
		console.log(overview());
		return name ? 0 : 1;
	}
	const command = commands.find((candidate) => candidate.name === name);
	if (!command) throw new UserError(`unknown command "${name}".\n\n${overview()}`);
	if (args.includes('--help') || args.includes('-h')) {
		console.log(command.usage);
		return 0;
	}
	return command.run(args);
});
