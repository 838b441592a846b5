import { stateDataFile } from '../content/check-state-data';
import { formatDong, formatHours, formatNumber, formatPercent } from '../format/vi';
import type { OnceOnlyReport } from './once-only-report';
import { kindLabel } from './kinds';

/** Where the dossier counts come from, in words: “hồ sơ năm 2025, dữ liệu mẫu”. */
export function dossierSource(report: Pick<OnceOnlyReport, 'dossiers'>): string {
	if (!report.dossiers) return 'chưa có số liệu hồ sơ trong content/dossiers, số hồ sơ tính bằng 0';
	const sample = report.dossiers.sample ? ', dữ liệu mẫu' : '';
	return `hồ sơ năm ${report.dossiers.years.join('–')}${sample}`;
}

/** The Vietnamese text output of `npm run review -- documents`. */
export function describeOnceOnly(report: OnceOnlyReport): string {
	const widest = Math.max(...report.kinds.map((row) => row.label.length), 20);
	const table = report.kinds.map(
		(row) =>
			`  ${row.label.padEnd(widest)}  ${formatNumber(row.procedures).padStart(7)}  ` +
			`${formatNumber(row.dossiersPerYear).padStart(9)}  ${row.heldBy ?? '—'}`
	);
	const perProcedure = report.procedures.flatMap((procedure) => [
		`  ${procedure.id}  ${procedure.name} (${formatNumber(procedure.dossiersPerYear)} hồ sơ/năm)`,
		...procedure.candidates
			.filter((candidate) => candidate.counted)
			.map(
				(candidate) =>
					`    - ${kindLabel(candidate.kind)} → ${candidate.database.name}: ` +
					`${formatHours(candidate.saving.perYear.hours)}, ${formatDong(candidate.saving.perYear.dong)}/năm` +
					(candidate.sourceSays ? '; thủ tục đã ghi không phải nộp khi khai thác được' : '')
			),
	]);
	const { totals } = report;
	return [
		`Thành phần hồ sơ: ${formatNumber(report.lines)} dòng, đã phân loại ${formatPercent(report.mapped)} ` +
			`(${formatNumber(report.paperLines)} dòng là giấy tờ, đã phân loại ${formatPercent(report.paperMapped)}; ` +
			`${formatNumber(report.nonPaperLines)} dòng là ghi chú hoặc tiêu đề).`,
		`Số hồ sơ mỗi năm: ${dossierSource(report)}.`,
		'',
		`  ${'Loại giấy tờ'.padEnd(widest)}  ${'Thủ tục'.padStart(7)}  ${'Hồ sơ/năm'.padStart(9)}  Đã có trong CSDL`,
		...table,
		'',
		`Giấy tờ có thể thay bằng khai thác CSDL: ${formatNumber(totals.candidates)} giấy tờ ở ` +
			`${formatNumber(report.procedures.length)} thủ tục (${formatNumber(totals.sourceSays)} đã được thủ tục ghi ` +
			'không phải nộp khi khai thác được).',
		`Bỏ tất cả: tiết kiệm ước tính ${formatHours(totals.hoursPerYear)} và ${formatDong(totals.dongPerYear)} mỗi năm ` +
			`(${dossierSource(report)}; thời gian và lệ phí theo ${stateDataFile}).`,
		...(report.withoutRow.length > 0
			? [
					`${formatNumber(report.withoutRow.length)} dòng thủ tục đã ghi khai thác dữ liệu nhưng bảng ` +
						`chưa có loại giấy tờ đó (${[...new Set(report.withoutRow.map((row) => kindLabel(row.kind)))].join('; ')}): ` +
						`bổ sung ${stateDataFile} khi có căn cứ.`,
				]
			: []),
		...(perProcedure.length > 0 ? ['', 'Theo thủ tục:', ...perProcedure] : []),
	].join('\n');
}
