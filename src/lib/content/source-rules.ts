import type { Problem } from '../validation/friendly-errors';
import { formatPath } from '../validation/friendly-errors';
import type { SourceValue } from './yaml-source';

/**
 * A number written with a dot before groups of three digits: `50.000`, `1.500`. Vietnamese
 * writes thousands this way, but YAML reads the dot as a decimal point (`50.000` is 50), so
 * the page would show 50 đ. A leading zero (`0.125`) is a real decimal and passes.
 */
const thousandsPattern = /^[+-]?[1-9]\d{0,2}(\.\d{3})+$/;

/** A whole plain scalar that looks like {@link thousandsPattern}, after `key:`, `-`, `[` or `,`. */
const thousandsInText =
	/(?:^|[:[,{-])[ \t]*[+-]?[1-9]\d{0,2}(?:\.\d{3})+[ \t]*(?:$|[,\]}]|[ \t]#)/m;

/**
 * Whether `yaml` may break a rule of {@link sourceProblems}: a cheap test on the raw text, so
 * that the second, locating parse runs only for the few files that need it.
 */
export function mayBreakSourceRules(yaml: string): boolean {
	return thousandsInText.test(yaml) || yaml !== yaml.normalize('NFC');
}

/**
 * Rules on how values are written, which the parsed data can no longer show: numbers with a
 * thousands dot, and text in decomposed Unicode (NFD), which looks the same as the usual
 * precomposed form (NFC) but compares different, so “Công chứng” would become two fields.
 * One problem per value, and at most one NFD problem per file.
 */
export function sourceProblems(file: string, scalars: readonly SourceValue[]): Problem[] {
	const problems: Problem[] = [];
	for (const { path, raw, value, line } of scalars) {
		if (typeof value === 'number' && thousandsPattern.test(raw)) {
			problems.push({
				file,
				line,
				path: formatPath(path),
				message: `cần số viết liền, không có dấu chấm: ${raw.replace(/\./g, '')}; đang là ${raw}, YAML đọc thành ${value}`,
				severity: 'error',
			});
		}
	}
	const decomposed = scalars.find(
		({ value }) => typeof value === 'string' && value !== value.normalize('NFC')
	);
	if (decomposed) {
		problems.push({
			file,
			line: decomposed.line,
			path: formatPath(decomposed.path),
			message:
				'cần chữ tiếng Việt dạng dựng sẵn (Unicode NFC), như khi gõ bằng Unikey; đang là dạng tổ hợp (NFD), trông giống nhưng so sánh khác: hãy gõ lại đoạn chữ này',
			severity: 'error',
		});
	}
	return problems;
}
