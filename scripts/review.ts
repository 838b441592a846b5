import type { CliIo } from '../src/lib/cli/io';
import { runCli, UserError } from '../src/lib/cli/run';
import { commands } from './review/commands';

function overview(): string {
	const width = Math.max(0, ...commands.map((command) => command.name.length));
	const lines = commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`);
	return [
		'Cách dùng: npm run -s review -- <lệnh> [tùy chọn]',
		'',
		'Rà soát, đánh giá thủ tục hành chính hằng năm.',
		'',
		'Các lệnh:',
		...lines,
		'',
		'Xem tùy chọn của một lệnh: npm run -s review -- <lệnh> --help',
		'(-s bỏ dòng tiêu đề npm in ra, để chuyển tiếp --json sang chương trình khác.)',
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
	if (!command) throw new UserError(`không có lệnh "${name}"\n\n${overview()}`);
	if (args.includes('--help') || args.includes('-h')) {
		io.log(command.usage);
		return 0;
	}
	return command.run(args, io);
}

await runCli(main, import.meta.url);
