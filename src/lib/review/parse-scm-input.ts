import { scmInputSchema } from '../../schemas/scm-input';
import { UserError } from '../cli/run';
import { formatProblem, problemsFromZodError } from '../validation/friendly-errors';
import type { ScmInput } from './scm';

/** Parses the JSON text of a cost input file; every problem names the file and the field. */
export function parseScmInput(file: string, text: string): ScmInput {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (error) {
		throw new UserError(`${file}: not valid JSON: ${(error as Error).message}`);
	}
	const parsed = scmInputSchema.safeParse(data);
	if (!parsed.success) {
		throw new UserError(
			problemsFromZodError(file, parsed.error, data).map(formatProblem).join('\n')
		);
	}
	return parsed.data;
}
