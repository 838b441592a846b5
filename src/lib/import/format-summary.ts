import { formatDecimal, formatNumber } from '../format/vi';
import type { ImportSummary } from './run-import';

/** The end-of-run summary: imported, files, flags per code, skipped records grouped by reason. */
export function formatSummary(summary: ImportSummary, out: string, write: boolean): string {
	const { files } = summary;
	const n = formatNumber;
	const lines = [
		`Đã nhập ${n(summary.imported)} thủ tục từ ${n(summary.records)} bản ghi nguồn, trong ${formatDecimal(summary.seconds)} giây.`,
		`Tệp trong ${out}: ${n(files.created.length)} mới, ${n(files.unchanged)} không đổi, ${n(files.differing.length)} khác nguồn` +
			(write
				? `, ${n(files.rewritten.length)} đã ghi lại.`
				: files.differing.length > 0
					? ' (chưa ghi; chạy với --write để ghi lại phần đầu của các tệp này).'
					: '.'),
	];
	for (const { id, keys } of files.differing)
		lines.push(`  ${id}.md khác nguồn ở: ${keys.join(', ')}`);
	if (files.stale.length > 0) {
		lines.push(
			`${n(files.stale.length)} tệp trong ${out} không ứng với bản ghi nguồn nào (để nguyên): ${files.stale.join(', ')}`
		);
	}
	const codes = Object.entries(summary.flags).sort(([a], [b]) => a.localeCompare(b));
	const total = codes.reduce((sum, [, count]) => sum + count, 0);
	lines.push(
		`Cờ cần xác minh: ${n(total)} cờ ở ${n(summary.flaggedProcedures)} thủ tục${total ? ':' : '.'}`
	);
	for (const [code, count] of codes) lines.push(`  ${code}: ${n(count)}`);
	lines.push(`Bỏ qua: ${n(summary.skipped.length)} bản ghi${summary.skipped.length ? ':' : '.'}`);
	for (const [reason, codes] of groupByReason(summary.skipped)) {
		const shown = codes.slice(0, 10).join(', ');
		const more = codes.length > 10 ? `, … (và ${n(codes.length - 10)} bản ghi khác)` : '';
		lines.push(`  ${n(codes.length)} × ${reason}: ${shown}${more}`);
	}
	return lines.join('\n');
}

/** Skipped records grouped by reason, largest group first; each code with its line when known. */
function groupByReason(skipped: ImportSummary['skipped']): [string, string[]][] {
	const groups = new Map<string, string[]>();
	for (const { code, reason, file, line } of skipped) {
		const codes = groups.get(reason) ?? [];
		codes.push(line ? `${code} (${file}:${line})` : code);
		groups.set(reason, codes);
	}
	return [...groups.entries()].sort((a, b) => b[1].length - a[1].length);
}
