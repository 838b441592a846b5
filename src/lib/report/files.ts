import type { ReportDocument } from './letterhead';

/** Formats a report is exported in. */
export const reportFormats = ['docx', 'xlsx', 'md'] as const;
export type ReportFormat = (typeof reportFormats)[number];

/** One downloadable file of a year’s report. */
export interface ReportFile {
	format: ReportFormat;
	/** Which document, for DOCX; the workbook and the Markdown hold both. */
	document?: ReportDocument;
	/** File name, also the last part of its address under `/bao-cao/<year>/`. */
	name: string;
	/** Link text. */
	label: string;
	/** Media type, for the download’s Content-Type. */
	mediaType: string;
}

export const mediaTypes: Record<ReportFormat, string> = {
	docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
	xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
	md: 'text/markdown; charset=utf-8',
};

/**
 * The files of the report of `year`: the plan (DOCX), the results report (DOCX) once the year has
 * reviews, the workbook and the Markdown. Pages link these names; the build writes them.
 */
export function reportFiles(year: number, hasResults: boolean): ReportFile[] {
	const file = (
		format: ReportFormat,
		name: string,
		label: string,
		document?: ReportDocument
	): ReportFile => ({
		format,
		...(document && { document }),
		name,
		label,
		mediaType: mediaTypes[format],
	});
	return [
		file(
			'docx',
			`ke-hoach-ra-soat-tthc-${year}.docx`,
			`Kế hoạch rà soát năm ${year} (Word)`,
			'plan'
		),
		...(hasResults
			? [
					file(
						'docx',
						`bao-cao-ket-qua-ra-soat-tthc-${year}.docx`,
						`Báo cáo kết quả rà soát năm ${year} (Word)`,
						'results'
					),
				]
			: []),
		file('xlsx', `so-lieu-ra-soat-tthc-${year}.xlsx`, `Bảng số liệu năm ${year} (Excel)`),
		file('md', `bao-cao-ra-soat-tthc-${year}.md`, `Bản tóm tắt năm ${year} (Markdown)`),
	];
}
