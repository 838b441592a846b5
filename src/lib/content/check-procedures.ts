import { procedureSchema, type Procedure } from '../../schemas/procedure';
import type { Problem } from '../validation/friendly-errors';
import { fieldSlugProblems } from './field-slugs';
import type { ReadResult } from './read-markdown';
import { validateFile } from './validate-file';

/** A procedure file that passed the schema. */
export interface CheckedProcedure {
	file: string;
	id: string;
	data: Procedure;
	body: string;
}

/**
 * A procedure file that exists, valid or not. Rules across files (dossier rows, review records,
 * feedback counts) treat every one as known, so one bad value gives one error, not one more per
 * dossier row of that procedure.
 */
export interface KnownProcedure {
	id: string;
	/** Its national code when the file says it readably, else `null`. */
	code: string | null;
}

/** What checking the procedure files found. */
export interface ProcedureCheck {
	procedures: CheckedProcedure[];
	known: KnownProcedure[];
	problems: Problem[];
}

/** File names must be plain ASCII: the national code (`2.002039`) or a kebab-case slug. */
export const procedureIdPattern = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/;

/** Validates procedure files one by one, then the rules that span files. */
export function checkProcedures(files: ReadResult[]): ProcedureCheck {
	const problems: Problem[] = [];
	const procedures: CheckedProcedure[] = [];
	const known: KnownProcedure[] = [];
	const fieldLines = new Map<string, () => number | undefined>();
	for (const result of files) {
		if (!result.ok) {
			problems.push(result.problem);
			known.push({ id: result.id, code: null });
			continue;
		}
		const file = result.value;
		const code = typeof file.data.code === 'string' ? file.data.code : null;
		known.push({ id: file.id, code });
		if (!procedureIdPattern.test(file.id)) {
			problems.push({
				file: file.file,
				path: '',
				message: `cần tên tệp chỉ gồm chữ thường không dấu, số, dấu chấm và gạch nối: mã thủ tục hoặc dạng "cap-the-dau-gia-vien"; đang là "${file.id}.md"`,
				severity: 'error',
			});
		}
		const validated = file.validated
			? { ok: true as const, data: file.data as Procedure }
			: validateFile(file, procedureSchema);
		if (!validated.ok) {
			problems.push(...validated.problems);
			continue;
		}
		procedures.push({ file: file.file, id: file.id, data: validated.data, body: file.body });
		fieldLines.set(file.file, () => file.lineOf(['field']));
	}
	problems.push(
		...crossFileProblems(procedures),
		...fieldSlugProblems(
			procedures.map(({ file, data }) => ({
				file,
				lineOf: fieldLines.get(file),
				field: data.field,
			}))
		),
		...flagWarnings(procedures)
	);
	return { procedures, known, problems };
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
				message: `cần tên tệp "${data.code}.md" theo mã thủ tục; đang là "${id}.md"`,
				severity: 'error',
			});
		}
		const first = byCode.get(data.code);
		if (first) {
			problems.push({
				file,
				path: 'code',
				message: `cần một mã chưa dùng; mã ${data.code} đã có ở ${first}`,
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
					message: `văn bản ${ref.number} được liệt kê hai lần trong căn cứ pháp lý`,
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
