import type { ProcedureInput } from '../../schemas/procedure';
import { organisation } from '../../config/organisation';
import { procedureSchema } from '../../schemas/procedure';
import { formatProblem, problemsFromZodError } from '../validation/friendly-errors';
import { oneLine } from './clean-text';
import { assignFileIds } from './file-ids';
import { mapLegacyRow } from './map-legacy-row';
import { mapNationalRecord } from './map-national-record';
import type { Sources } from './read-sources';
import { isCatalogueRecord, selectLegacyRows, type Scope } from './select-scope';
import { datasets, type NationalRecord } from './source-types';

/**
 * The department’s province, so that text naming another one is flagged as the page reads it.
 * Changing the setting asks for a new import to update the flags.
 */
const { province } = organisation;

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

/** Everything mapped from the sources of one scope. */
export interface Collected {
	records: number;
	procedures: ImportedProcedure[];
	skipped: SkippedRecord[];
}

/** Takes a mapped procedure when it fits the schema, or records why it was skipped. */
type Accept = (
	file: string,
	line: number | undefined,
	code: string,
	procedure: ProcedureInput,
	body?: string
) => void;

/**
 * Maps sources that were read and checked in full. Each national record of the scope gives a
 * procedure. In the department scope these are the Department’s own records and the
 * commune-level justice ones; each row of the sources table whose code has no current record
 * gives a legacy procedure; and each police record gives a page marked as another agency’s, which
 * the transferred criminal-record procedures link to. A national record whose mapping fails is
 * skipped with its reason and never replaced by its legacy row.
 */
export function collectProcedures(sources: Sources, scope: Scope): Collected {
	const rowsByCode = new Map(sources.table.map(({ row }) => [oneLine(row.code), row]));
	const result: Collected = { records: 0, procedures: [], skipped: [] };
	const accept: Accept = (file, line, code, procedure, body = '') => {
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
	const { dataset } = sources;
	const current = new Map<string, NationalRecord>();
	for (const { line, record } of sources.national) {
		result.records += 1;
		const code = oneLine(record.ma_thu_tuc);
		current.set(code, record);
		if (scope === 'department' && !isCatalogueRecord(record)) continue;
		const context = { dataset, row: rowsByCode.get(code), snapshot: undatedSnapshot, province };
		const mapped = safely(() => mapNationalRecord(record, context));
		if (typeof mapped === 'string')
			result.skipped.push({ file: dataset, line, code, reason: mapped });
		else accept(dataset, line, code, mapped);
	}
	if (scope === 'department') {
		addLegacyRows(sources, current, result, accept);
		addOtherAgencyRecords(sources, result, accept);
	}
	const ids = assignFileIds(result.procedures.map(({ procedure }) => procedure));
	result.procedures.forEach((entry, index) => (entry.id = ids[index] as string));
	return result;
}

/** Maps the rows of the sources table that have no current record of the department. */
function addLegacyRows(
	sources: Sources,
	current: Map<string, NationalRecord>,
	result: Collected,
	accept: Accept
): void {
	const transferred = sources.police.map(({ record }) => record);
	const departmentCodes = new Set(
		[...current.values()].filter(isCatalogueRecord).map((record) => oneLine(record.ma_thu_tuc))
	);
	for (const { row, rowNumber, line } of selectLegacyRows(sources.table, departmentCodes)) {
		result.records += 1;
		const code = oneLine(row.code) || `dòng ${line}`;
		const context = {
			dataset: datasets.table,
			rowNumber,
			successors: { transferred, current },
			province,
		};
		const mapped = safely(() => mapLegacyRow(row, context));
		if (typeof mapped === 'string')
			result.skipped.push({ file: datasets.table, line, code, reason: mapped });
		else accept(datasets.table, line, code, mapped.procedure, mapped.body);
	}
}

/**
 * Maps the police’s records as procedures of another agency: the Department lists them only so
 * that its transferred procedures can say where to go now and link to a page that shows how.
 */
function addOtherAgencyRecords(sources: Sources, result: Collected, accept: Accept): void {
	for (const { line, record } of sources.police) {
		result.records += 1;
		const code = oneLine(record.ma_thu_tuc);
		const context = { dataset: datasets.police, snapshot: undatedSnapshot, province };
		const mapped = safely(() => mapNationalRecord(record, context));
		if (typeof mapped === 'string') {
			result.skipped.push({ file: datasets.police, line, code, reason: mapped });
			continue;
		}
		const agency = oneLine(record.co_quan_thuc_hien) || oneLine(record.co_quan_co_tham_quyen);
		accept(datasets.police, line, code, { ...mapped, otherAgency: agency || undefined });
	}
}

/** Runs a mapper; a thrown error becomes the reason the record is skipped, so one record never stops the run. */
function safely<T>(map: () => T): T | string {
	try {
		return map();
	} catch (error) {
		return `lỗi nội bộ khi chuyển đổi bản ghi: ${(error as Error).message}`;
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
	const more = problems.length > 3 ? ` (và ${problems.length - 3} lỗi khác)` : '';
	return `không khớp lược đồ thủ tục: ${problems.slice(0, 3).join('; ')}${more}`;
}
