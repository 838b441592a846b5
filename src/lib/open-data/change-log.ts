import { openData } from '../../config/open-data';
import type { ChangeSet } from '../../schemas/change-set';
import { changeSetName } from '../changes/change-anchor';
import { describeFieldChange } from '../changes/describe-change';
import type { LoggedChangeSet } from '../changes/read-change-log';
import { procedureUrl } from '../procedure/entry';
import { toSpreadsheetCsv, type Cell } from '../text/csv';

/** `/data/changes.json`: terms, then every change set, newest first, as the log holds it. */
export interface ChangeLogDataset {
	licence: { name: string; url: string };
	attribution: string;
	/** When the file was built (ISO date-time). */
	generated: string;
	count: number;
	changeSets: ({ name: string } & ChangeSet)[];
}

/** Builds `/data/changes.json` from the change sets (oldest first, as read). */
export function changeLogDataset(
	sets: readonly LoggedChangeSet[],
	now = new Date()
): ChangeLogDataset {
	const changeSets = [...sets]
		.reverse()
		.map(({ file, set }) => ({ name: changeSetName(file), ...set }));
	return { ...openData, generated: now.toISOString(), count: changeSets.length, changeSets };
}

/** One column of `/data/changes.csv`, described for `/du-lieu/`. */
export interface ChangeColumn {
	name: string;
	description: string;
}

/** The columns of `/data/changes.csv`: one row per field change, or per procedure added or removed. */
export const changeColumns: ChangeColumn[] = [
	{ name: 'dot_thay_doi', description: 'Tên đợt thay đổi (tên tệp trong content/changes)' },
	{ name: 'ngay_ghi', description: 'Ngày ghi nhận (yyyy-mm-dd)' },
	{
		name: 'loai_dot',
		description: 'baseline (mốc ban đầu), import (nhập từ CSDL quốc gia), hand-edit (sửa tay)',
	},
	{ name: 'hieu_luc_tu', description: 'Ngày thay đổi có hiệu lực, khi biết (yyyy-mm-dd)' },
	{ name: 'quyet_dinh', description: 'Quyết định làm căn cứ, khi biết' },
	{ name: 'ghi_chu', description: 'Ghi chú của người sửa' },
	{ name: 'id', description: 'Mã định danh thủ tục trong danh mục' },
	{ name: 'ten_thu_tuc', description: 'Tên thủ tục khi thay đổi' },
	{
		name: 'thay_doi',
		description: 'added, changed, transferred, replaced, repealed, unlisted, removed',
	},
	{
		name: 'truong',
		description:
			'Phần thay đổi: name, status, agency, channels, online, fees, timeLimit, documents, steps, legalBasis',
	},
	{ name: 'muc', description: 'Mục trong phần đó (cách nộp, giấy tờ…), nếu có' },
	{ name: 'gia_tri_cu', description: 'Giá trị cũ, như người dân đọc' },
	{ name: 'gia_tri_moi', description: 'Giá trị mới, như người dân đọc' },
	{ name: 'mo_ta', description: 'Thay đổi bằng lời, như trên trang' },
	{ name: 'trang', description: 'Trang của thủ tục' },
];

/** Builds `/data/changes.csv`, newest change set first. */
export function changeLogCsv(sets: readonly LoggedChangeSet[], site: URL): string {
	const rows: Cell[][] = [];
	for (const { file, set } of [...sets].reverse()) {
		const head: Cell[] = [
			changeSetName(file),
			set.date,
			set.kind,
			set.effective,
			set.decision,
			set.note,
		];
		for (const change of set.changes) {
			const procedure: Cell[] = [change.id, change.name, change.change];
			const page = new URL(procedureUrl(change.id), site).href;
			const decision = change.decision ?? set.decision;
			const withDecision = [...head.slice(0, 4), decision, head[5]];
			if (change.fields.length === 0)
				rows.push([...withDecision, ...procedure, null, null, null, null, null, page]);
			for (const field of change.fields)
				rows.push([
					...withDecision,
					...procedure,
					field.field,
					field.item,
					field.before,
					field.after,
					describeFieldChange(field),
					page,
				]);
		}
	}
	return toSpreadsheetCsv(
		changeColumns.map((column) => column.name),
		rows
	);
}
