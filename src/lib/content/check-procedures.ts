import { procedureSchema, type Procedure } from '../../schemas/procedure';
import { problemsFromZodError, type Problem } from '../validation/friendly-errors';
import type { ReadResult } from './read-markdown';

/** A procedure file that passed the schema. */
export interface CheckedProcedure {
	file: string;
	id: string;
	data: Procedure;
	body: string;
}

/** What checking the procedure files found. */
export interface ProcedureCheck {
	procedures: CheckedProcedure[];
	problems: Problem[];
}

/** File names must be plain ASCII: the national code (`2.002039`) or a kebab-case slug. */
export const procedureIdPattern = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/;

/** Validates procedure files one by one, then the rules that span files. */
export function checkProcedures(files: ReadResult[]): ProcedureCheck {
	const problems: Problem[] = [];
	const procedures: CheckedProcedure[] = [];
	for (const result of files) {
		if (!result.ok) {
			problems.push(result.problem);
			continue;
		}
		const { file, id, data, body } = result.value;
		if (!procedureIdPattern.test(id)) {
			problems.push({
				file,
				path: '',
				message: `file name "${id}.md" must be ASCII: the national code or a slug like "cap-the-dau-gia-vien"`,
				severity: 'error',
			});
		}
		const parsed = procedureSchema.safeParse(data);
		if (!parsed.success) {
			problems.push(...problemsFromZodError(file, parsed.error, data));
			continue;
		}
		procedures.push({ file, id, data: parsed.data, body });
	}
	problems.push(...crossFileProblems(procedures), ...flagWarnings(procedures));
	return { procedures, problems };
}

/** Rules between files: one file per code, and the file named after its code. */
function crossFileProblems(procedures: CheckedProcedure[]): Problem[] {
	const problems: Problem[] = [];
	const byCode = new Map<string, string>();
	for (const { file, id, data } of procedures) {
		if (!data.code) continue;
		if (id !== data.code) {
			problems.push({
				file,
				path: 'code',
				message: `the file of procedure ${data.code} must be named "${data.code}.md"`,
				severity: 'error',
			});
		}
		const first = byCode.get(data.code);
		if (first) {
			problems.push({
				file,
				path: 'code',
				message: `code ${data.code} is already used by ${first}`,
				severity: 'error',
			});
		} else {
			byCode.set(data.code, file);
		}
	}
	for (const { file, data } of procedures) {
		const seen = new Set<string>();
		data.legalBasis.forEach((ref, index) => {
			if (seen.has(ref.number)) {
				problems.push({
					file,
					path: `legalBasis[${index}].number`,
					message: `${ref.number} is listed twice in the legal basis`,
					severity: 'warning',
				});
			}
			seen.add(ref.number);
		});
	}
	return problems;
}

/** Every data-quality flag becomes a warning, so officers see what still needs verifying. */
function flagWarnings(procedures: CheckedProcedure[]): Problem[] {
	return procedures.flatMap(({ file, data }) =>
		data.flags.map((flag) => ({
			file,
			path: flag.path,
			message: `[${flag.code}] ${flag.message}`,
			severity: 'warning' as const,
		}))
	);
}
