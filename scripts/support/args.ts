import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { CliIo } from '../../src/lib/cli/io';
import { UserError } from '../../src/lib/cli/run';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Parses a command’s options; unknown options and stray arguments stop with the usage. */
export function parseOptions<T extends Options>(args: string[], options: T, usage: string) {
	try {
		return parseArgs({ args, options, allowPositionals: false, strict: true }).values;
	} catch (error) {
		throw new UserError(`${optionError(error as NodeJS.ErrnoException, options)}\n\n${usage}`);
	}
}

/** Node’s parseArgs errors, said in Vietnamese with the option names kept as typed. */
function optionError(error: NodeJS.ErrnoException, options: Options): string {
	const quoted = /'([^']+)'/.exec(error.message)?.[1] ?? '';
	const name = quoted.split(' ')[0] ?? quoted;
	const known = Object.keys(options)
		.map((option) => `--${option}`)
		.join(', ');
	switch (error.code) {
		case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
			return `không có tùy chọn ${name}; các tùy chọn là ${known}`;
		case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
			return `không hiểu “${name}”: mọi giá trị đều đi sau tên tùy chọn, ví dụ --year 2027`;
		case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
			return options[name.replace(/^--/, '')]?.type === 'boolean'
				? `${name} không nhận giá trị`
				: `${name} cần một giá trị, ví dụ ${name} <giá trị>`;
		default:
			return error.message;
	}
}

/** Reads `--year`: a four-digit year, required. */
export function parseYear(value: string | undefined, usage: string): number {
	if (value === undefined) throw new UserError(`thiếu --year\n\n${usage}`);
	if (!/^\d{4}$/.test(value))
		throw new UserError(`--year cần một năm bốn chữ số, ví dụ 2027; đang là "${value}"`);
	return Number(value);
}

/** Prints a value as indented JSON on standard output. */
export function printJson(io: CliIo, value: unknown): void {
	io.log(JSON.stringify(value, null, 2));
}
