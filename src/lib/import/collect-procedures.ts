import { join } from 'node:path';
import type { ProcedureInput } from '../../schemas/procedure';
import { procedureSchema } from '../../schemas/procedure';
import { formatProblem, problemsFromZodError } from '../validation/friendly-errors';
import { oneLine } from './clean-text';
import { assignFileIds } from './file-ids';
import { mapLegacyRow } from './map-legacy-row';
import { mapNationalRecord } from './map-national-record';
import { readJsonLines, readSourceRows } from './read-sources';
import { isDepartmentRecord, selectLegacyRows, type Scope } from './select-scope';
import { toNationalRecord, type NationalRecord, type SourceRow } from './source-types';

/** Source files, as named in `sources/`. */
export const datasets = {
	department: 'csdl-bo-tu-phap.jsonl',
	police: 'csdl-lltp-cong-an.jsonl',
	all: 'csdl-all-ministries.jsonl.gz',
	table: 'procedures-sources.csv',
} as const;

/** Snapshot stated for records the sources table does not date; the scale corpus gives no date. */
const undatedSnapshot = 'không rõ (nguồn không ghi thời điểm thu thập)';

/** A procedure ready to be written, with its file id and the body a new file starts with. */
export interface ImportedProcedure {
	id: string;
	procedure: ProcedureInput;
	body: string;
}

/** A source record that was not imported, and why. */
export interface SkippedRecord {
	file: string;
	line?: number;
	code: string;
	reason: string;
}

/** A line of a source file that could not be read at all. */
export interface InputError {
	file: string;
	line: number;
	message: string;
}

/** Everything read from the sources for one scope. */
export interface Collected {
	records: number;
	procedures: ImportedProcedure[];
	skipped: SkippedRecord[];
	inputErrors: InputError[];
}

/** Reads the sources of a scope and maps each record; `onRecord` is called after each one. */
export async function collectProcedures(
	source: string,
	scope: Scope,
	onRecord: (done: number) => void = () => {}
): Promise<Collected> {
	const rows = readSourceRows(join(source, datasets.table));
	const rowsByCode = new Map(rows.map((row) => [oneLine(row.code), row]));
	const result: Collected = { records: 0, procedures: [], skipped: [], inputErrors: [] };
	const accept = (
		file: string,
		line: number | undefined,
		code: string,
		procedure: ProcedureInput,
		body = ''
	) => {
		const checked = procedureSchema.safeParse(procedure);
		if (checked.success) result.procedures.push({ id: '', procedure, body });
		else
			result.skipped.push({
				file,
				...(line ? { line } : {}),
				code,
				reason: schemaReason(checked.error, procedure),
			});
	};
	const dataset = scope === 'all' ? datasets.all : datasets.department;
	const current = new Map<string, NationalRecord>();
	for await (const entry of nationalRecords(join(source, dataset), dataset, result)) {
		result.records += 1;
		onRecord(result.records);
		const { line } = entry;
		if ('reason' in entry) {
			result.skipped.push({ file: dataset, line, code: '(none)', reason: entry.reason });
			continue;
		}
		const { record } = entry;
		const code = oneLine(record.ma_thu_tuc);
		if (current.has(code)) {
			result.skipped.push({
				file: dataset,
				line,
				code,
				reason: 'duplicate code: an earlier line has it',
			});
			continue;
		}
		current.set(code, record);
		if (scope === 'department' && !isDepartmentRecord(record)) continue;
		const context = { dataset, row: rowsByCode.get(code), snapshot: undatedSnapshot };
		const mapped = safely(() => mapNationalRecord(record, context));
		if (typeof mapped === 'string')
			result.skipped.push({ file: dataset, line, code, reason: mapped });
		else accept(dataset, line, code, mapped);
	}
	if (scope === 'department') await addLegacyRows(source, rows, current, result, accept);
	const ids = assignFileIds(result.procedures.map(({ procedure }) => procedure));
	result.procedures.forEach((entry, index) => (entry.id = ids[index] as string));
	return result;
}

/** Maps the rows of the sources table that have no current record of the department. */
async function addLegacyRows(
	source: string,
	rows: SourceRow[],
	current: Map<string, NationalRecord>,
	result: Collected,
	accept: (
		file: string,
		line: number | undefined,
		code: string,
		procedure: ProcedureInput,
		body?: string
	) => void
): Promise<void> {
	const transferred: NationalRecord[] = [];
	for await (const entry of nationalRecords(
		join(source, datasets.police),
		datasets.police,
		result
	)) {
		if ('record' in entry) transferred.push(entry.record);
	}
	const departmentCodes = new Set(
		[...current.values()].filter(isDepartmentRecord).map((record) => oneLine(record.ma_thu_tuc))
	);
	for (const { row, rowNumber } of selectLegacyRows(rows, departmentCodes)) {
		result.records += 1;
		const code = oneLine(row.code) || `row ${rowNumber}`;
		const context = { dataset: datasets.table, rowNumber, successors: { transferred, current } };
		const mapped = safely(() => mapLegacyRow(row, context));
		if (typeof mapped === 'string')
			result.skipped.push({ file: datasets.table, code, reason: mapped });
		else accept(datasets.table, undefined, code, mapped.procedure, mapped.body);
	}
}

/** The records of a JSON Lines file, or why a line is no record; unreadable lines go to `inputErrors`. */
async function* nationalRecords(
	path: string,
	file: string,
	result: Collected
): AsyncGenerator<{ line: number; record: NationalRecord } | { line: number; reason: string }> {
	for await (const entry of readJsonLines(path)) {
		if ('error' in entry) {
			result.inputErrors.push({
				file,
				line: entry.line,
				message: `not valid JSON: ${entry.error}`,
			});
			continue;
		}
		const record = toNationalRecord(entry.value);
		yield 'reason' in record
			? { line: entry.line, reason: record.reason }
			: { line: entry.line, record };
	}
}

/** Runs a mapper; a thrown error becomes the reason the record is skipped, so one record never stops the run. */
function safely<T>(map: () => T): T | string {
	try {
		return map();
	} catch (error) {
		return `internal error while mapping: ${(error as Error).message}`;
	}
}

/** The first problems of a procedure that fails the schema, as one line. */
function schemaReason(
	error: Parameters<typeof problemsFromZodError>[1],
	procedure: ProcedureInput
): string {
	const problems = problemsFromZodError('', error, procedure).map((problem) =>
		formatProblem(problem).replace(/^: /, '')
	);
	const more = problems.length > 3 ? ` (+${problems.length - 3} more)` : '';
	return `does not fit the schema: ${problems.slice(0, 3).join('; ')}${more}`;
}
