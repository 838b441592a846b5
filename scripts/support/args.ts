import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UserError } from '../../src/lib/cli/run';

/** Parses a command’s options; unknown options and stray arguments stop with the usage. */
export function parseOptions<T extends NonNullable<ParseArgsConfig['options']>>(
	args: string[],
	options: T,
	usage: string
) {
	try {
		return parseArgs({ args, options, allowPositionals: false, strict: true }).values;
	} catch (error) {
		throw new UserError(`${(error as Error).message}\n\n${usage}`);
	}
}

/** Reads `--year`: a four-digit year, required. */
export function parseYear(value: string | undefined, usage: string): number {
	if (value === undefined) throw new UserError(`--year is required\n\n${usage}`);
	if (!/^\d{4}$/.test(value))
		throw new UserError(`--year must be a four-digit year like 2027, got "${value}"`);
	return Number(value);
}

/** Prints a value as indented JSON on stdout. */
export function printJson(value: unknown): void {
	console.log(JSON.stringify(value, null, 2));
}
