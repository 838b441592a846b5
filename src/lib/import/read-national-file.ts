import { oneLine } from './clean-text';
import { toNationalRecord } from './national-record';
import { readLines } from './read-lines';
import type { ImportProblem } from './import-problem';
import type { NationalRecord } from './source-types';

/** A record of a JSON Lines file, with the line it is on. */
export interface NationalEntry {
	line: number;
	record: NationalRecord;
}

/** Every record of a file, and every problem found in it. */
export interface NationalFile {
	entries: NationalEntry[];
	problems: ImportProblem[];
}

/**
 * Reads a whole JSON Lines file of national records and checks every line: valid JSON, an object
 * with every field as text, a well-formed code not seen on an earlier line. It reads on past a bad
 * line so that one run lists every problem; the caller writes nothing unless `problems` is empty.
 * Blank lines are allowed; a file with no record at all is a problem.
 */
export async function readNationalFile(
	path: string,
	onRecord: (records: number) => void = () => {}
): Promise<NationalFile> {
	const result: NationalFile = { entries: [], problems: [] };
	const seen = new Map<string, number>();
	let lines = 0;
	for await (const { line, text } of readLines(path)) {
		if (text.trim() === '') continue;
		lines += 1;
		onRecord(lines);
		let value: unknown;
		try {
			value = JSON.parse(text);
		} catch (error) {
			result.problems.push({ file: path, line, message: jsonFailure(error, text.length) });
			continue;
		}
		const record = toNationalRecord(value);
		if ('problems' in record) {
			result.problems.push(...record.problems.map((problem) => ({ file: path, line, ...problem })));
			continue;
		}
		const code = oneLine(record.ma_thu_tuc);
		const earlier = seen.get(code);
		if (earlier !== undefined) {
			result.problems.push({
				file: path,
				line,
				field: 'ma_thu_tuc',
				message: `cần mỗi mã thủ tục xuất hiện một lần, mã ${code} đã có ở dòng ${earlier}`,
			});
			continue;
		}
		seen.set(code, line);
		result.entries.push({ line, record });
	}
	if (lines === 0) {
		result.problems.push({
			file: path,
			message: 'cần ít nhất một bản ghi (mỗi dòng một đối tượng JSON), tệp đang trống',
		});
	}
	return result;
}

/** Why a line of `length` characters is not JSON, in words an officer can act on. */
function jsonFailure(error: unknown, length: number): string {
	const reason = error instanceof Error ? error.message : String(error);
	const position = /at position (\d+)/.exec(reason)?.[1];
	// The parser stopping at the very end of the line means the record was cut, wherever it was.
	if (/Unexpected end of JSON input|Unterminated string/.test(reason) || Number(position) >= length)
		return 'cần một đối tượng JSON trọn vẹn, dòng này bị cắt ngang (JSON chưa đóng; có lẽ tệp bị cắt hoặc hỏng)';
	return position === undefined
		? 'cần một đối tượng JSON hợp lệ, dòng này sai cú pháp JSON'
		: `cần một đối tượng JSON hợp lệ, dòng này sai cú pháp JSON ở cột ${Number(position) + 1}`;
}
