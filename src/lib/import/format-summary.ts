import type { ImportSummary } from './run-import';

/** The end-of-run summary: imported, files, flags per code, skipped records grouped by reason. */
export function formatSummary(summary: ImportSummary, out: string, write: boolean): string {
	const { files } = summary;
	const lines = [
		`Imported ${summary.imported} procedure(s) from ${summary.records} source record(s) read, in ${summary.seconds.toFixed(1)} s.`,
		`Files in ${out}: ${files.created.length} new, ${files.unchanged} unchanged, ${files.differing.length} differing` +
			(write
				? `, ${files.rewritten.length} rewritten.`
				: files.differing.length > 0
					? ' (not written; run with --write to rewrite their front matter).'
					: '.'),
	];
	for (const { id, keys } of files.differing)
		lines.push(`  ${id}.md differs in: ${keys.join(', ')}`);
	if (files.stale.length > 0) {
		lines.push(
			`${files.stale.length} file(s) in ${out} match no source record (left alone): ${files.stale.join(', ')}`
		);
	}
	const codes = Object.entries(summary.flags).sort(([a], [b]) => a.localeCompare(b));
	const total = codes.reduce((sum, [, count]) => sum + count, 0);
	lines.push(
		`Flagged: ${total} flag(s) in ${summary.flaggedProcedures} procedure(s)${total ? ':' : '.'}`
	);
	for (const [code, count] of codes) lines.push(`  ${code}: ${count}`);
	lines.push(`Skipped: ${summary.skipped.length} record(s)${summary.skipped.length ? ':' : '.'}`);
	for (const [reason, codes] of groupByReason(summary.skipped)) {
		const shown = codes.slice(0, 10).join(', ');
		lines.push(
			`  ${codes.length} × ${reason}: ${shown}${codes.length > 10 ? `, … (+${codes.length - 10})` : ''}`
		);
	}
	for (const error of summary.inputErrors)
		lines.push(`error: ${error.file}:${error.line}: ${error.message}`);
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
