import { procedureSchema, type Procedure } from '../../schemas/procedure';
import type { Problem } from '../validation/friendly-errors';
import { summarize, type ProcedureSummary } from './procedure-summary';
import { fieldSlugProblems } from './field-slugs';
import type { MarkdownFile, ReadResult } from './read-markdown';
import { validateFile } from './validate-file';

/**
 * A procedure file that passed the schema. From the validated-content cache, `data` and `body`
 * are read when first asked for; rules that look at every procedure read `summary` instead.
 */
export interface CheckedProcedure {
	file: string;
	id: string;
	readonly data: Procedure;
	readonly body: string;
	summary: ProcedureSummary;
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
	/**
	 * The data-quality flags of the valid procedures, each a warning, in file order. Made when
	 * asked: they are read from the records, which commands that need only the summaries (the
	 * review plan) never read.
	 */
	flagWarnings(): Problem[];
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
		const cached = file.validated ? file.summary : undefined;
		const code = cached ? cached.code : typeof file.data.code === 'string' ? file.data.code : null;
		known.push({ id: file.id, code });
		if (!procedureIdPattern.test(file.id)) {
			problems.push({
				file: file.file,
				path: '',
				message: `cần tên tệp chỉ gồm chữ thường không dấu, số, dấu chấm và gạch nối: mã thủ tục hoặc dạng "cap-the-dau-gia-vien"; đang là "${file.id}.md"`,
				severity: 'error',
			});
		}
		fieldLines.set(file.file, () => file.lineOf(['field']));
		if (cached) {
			procedures.push(fromCache(file, cached));
			continue;
		}
		const validated = validateFile(file, procedureSchema);
		if (!validated.ok) {
			problems.push(...validated.problems);
			continue;
		}
		procedures.push({
			file: file.file,
			id: file.id,
			data: validated.data,
			body: file.body,
			summary: summarize(file.id, validated.data),
		});
	}
	problems.push(
		...crossFileProblems(procedures),
		...fieldSlugProblems(
			procedures.map(({ file, summary }) => ({
				file,
				lineOf: fieldLines.get(file),
				field: summary.field,
			}))
		)
	);
	return { procedures, known, problems, flagWarnings: () => flagWarnings(procedures) };
}

/** Rules between files: one file per code, and the file named after its code. */
function crossFileProblems(procedures: CheckedProcedure[]): Problem[] {
	const problems: Problem[] = [];
	const byCode = new Map<string, string>();
	for (const { file, id, summary } of procedures) {
		const code = summary.code;
		if (!code) continue;
		if (id !== code) {
			problems.push({
				file,
				path: 'code',
				message: `cần tên tệp "${code}.md" theo mã thủ tục; đang là "${id}.md"`,
				severity: 'error',
			});
		}
		const first = byCode.get(code);
		if (first) {
			problems.push({
				file,
				path: 'code',
				message: `cần một mã chưa dùng; mã ${code} đã có ở ${first}`,
				severity: 'error',
			});
		} else {
			byCode.set(code, file);
		}
	}
	for (const { file, summary } of procedures) {
		const seen = new Set<string>();
		summary.legalBasis.forEach((ref, index) => {
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

/** A procedure from the validated-content cache: its record is read only when asked for. */
function fromCache(file: MarkdownFile, summary: ProcedureSummary): CheckedProcedure {
	return {
		file: file.file,
		id: file.id,
		get data() {
			return file.data as Procedure;
		},
		get body() {
			return file.body;
		},
		summary,
	};
}
