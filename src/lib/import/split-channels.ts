import { noInfo, normalizeSpaces } from './clean-text';
import { balancedGroupEnd, parenDepthAfter } from './parentheses';

/** Channel names as the national database writes them at the start of each row. */
export const channelNames = ['Trực tiếp', 'Trực tuyến', 'Dịch vụ bưu chính'] as const;
export type ChannelName = (typeof channelNames)[number];

/** One row of the flattened channels table (cách thức thực hiện), cell by cell, as written. */
export interface ChannelRow {
	channel: ChannelName;
	/** Time cell: “15 Ngày làm việc”, “105”, “1”, “Không có thông tin”, or '' when unreadable. */
	time: string;
	/** Fee cell: “Miễn phí”, “800,000 Việt Nam Đồng”, “Không có thông tin”, or '' when absent. */
	fee: string;
	/** The parenthesised note right after the fee, brackets included, or ''. */
	feeNote: string;
	/** Description (Mô tả), or ''. */
	description: string;
	/** The run of digits when the time and fee cells ran together and could not be told apart. */
	glued?: string;
}

const header = 'Hình thức nộpThời gianPhí, lệ phíMô tả';

/** A fee cell as it opens: free, no information, or an amount with its currency. */
const feeStart = '(?:Miễn phí|Không có thông tin|\\d[\\d.,]* ?(?:Việt Nam Đồng|VNĐ|Đồng|USD|EUR))';

/**
 * A time cell written in words: “Không”, “Không quy định”, “Không phải trả kết quả…”, directly
 * followed by the fee cell.
 */
const wordTime = `Không[^()]{0,80}?(?=${feeStart})`;

/**
 * A row starts with a capitalised channel name glued to its time cell. Lower-case mentions
 * (“nộp trực tiếp”) and names followed by a colon (“Trực tiếp: nộp hồ sơ…”) are description text.
 */
const rowStart = new RegExp(
	`(Trực tiếp|Trực tuyến|Dịch vụ bưu chính)(?=\\d|${noInfo}|${wordTime})`,
	'g'
);

/** A full time and fee pair: enough to trust a row start even inside an unclosed bracket. */
const certainRow =
	/^\d+ (?:Ngày làm việc|Ngày|Giờ|Tháng)(?:Miễn phí|\d[\d.,]* ?(?:Việt Nam Đồng|VNĐ))/;

const timeCell = new RegExp(
	`^(?:${noInfo}|\\d+(?:[.,]\\d+)?(?: ?(?:Ngày làm việc|Ngày|Giờ|Tháng))?|${wordTime})`
);
const gluedAmount = /^(\d[\d.,]*) ?(?:Việt Nam Đồng|VNĐ|Đồng|USD|EUR)/;
const feeCell = new RegExp(`^${feeStart}`);
const wellFormedAmount = /^(?:[1-9]\d{0,2}(?:,\d{3})*|[1-9]\d*)$/;

/** Splits the flattened channels table into rows of cells; text before the first row is ignored. */
export function splitChannels(source: string): ChannelRow[] {
	const text = normalizeSpaces(source).replace(header, '');
	const starts = findRowStarts(text);
	return starts.map((start, index) => {
		const end = starts[index + 1]?.index ?? text.length;
		return parseRow(start.name, text.slice(start.index + start.name.length, end));
	});
}

/** Finds where rows start: a channel name at bracket depth 0 (or followed by a certain row). */
function findRowStarts(text: string): { index: number; name: ChannelName }[] {
	const starts: { index: number; name: ChannelName }[] = [];
	let depth = 0;
	let scanned = 0;
	for (const match of text.matchAll(rowStart)) {
		depth = parenDepthAfter(text.slice(scanned, match.index), depth);
		scanned = match.index;
		const name = match[1] as ChannelName;
		if (depth === 0 || certainRow.test(text.slice(match.index + name.length))) {
			starts.push({ index: match.index, name });
			depth = 0;
		}
	}
	return starts;
}

/** Reads the cells of one row: time, fee, an optional bracketed note, then the description. */
function parseRow(channel: ChannelName, cells: string): ChannelRow {
	const glued = gluedAmount.exec(cells);
	let time: string;
	let rest: string;
	let gluedRun: string | undefined;
	if (glued) {
		// A bare time cell ran into the amount (“1100 VNĐ”). Only the placeholder `1` can be split
		// off with confidence (the reference reads it so); anything else is kept whole and flagged.
		const run = glued[1] as string;
		const remainder = run.slice(1);
		if (run.startsWith('1') && wellFormedAmount.test(remainder)) {
			time = '1';
			rest = cells.slice(1);
		} else {
			time = '';
			rest = cells;
			gluedRun = run;
		}
	} else {
		time = timeCell.exec(cells)?.[0] ?? '';
		rest = cells.slice(time.length);
	}
	const fee = feeCell.exec(rest)?.[0] ?? '';
	rest = rest.slice(fee.length);
	let feeNote = '';
	if (rest.startsWith('(')) {
		const end = balancedGroupEnd(rest, 0);
		feeNote = rest.slice(0, end);
		rest = rest.slice(end);
	}
	const row: ChannelRow = {
		channel,
		time: time.trim(),
		fee: fee.trim(),
		feeNote,
		description: rest.trim(),
	};
	if (gluedRun !== undefined) row.glued = gluedRun;
	return row;
}
