import {
	AlignmentType,
	BorderStyle,
	LineRuleType,
	Paragraph,
	TextRun,
	type IParagraphOptions,
} from 'docx';
import { mm, size } from './page';

/** Options of a line of text: bold, italic, size, alignment, spacing after (pt). */
export interface LineOptions {
	bold?: boolean;
	italics?: boolean;
	size?: number;
	align?: (typeof AlignmentType)[keyof typeof AlignmentType];
	after?: number;
	before?: number;
	keepNext?: boolean;
}

/** A paragraph of one run; `\n` in the text starts a new line in the same paragraph. */
export function line(
	text: string,
	options: LineOptions = {},
	extra: IParagraphOptions = {}
): Paragraph {
	const runs = text.split('\n').map(
		(part, index) =>
			new TextRun({
				text: part,
				bold: options.bold,
				italics: options.italics,
				size: options.size,
				break: index > 0 ? 1 : undefined,
			})
	);
	return new Paragraph({
		alignment: options.align,
		keepNext: options.keepNext,
		spacing: { before: (options.before ?? 0) * 20, after: (options.after ?? 0) * 20 },
		children: runs,
		...extra,
	});
}

/**
 * A body paragraph: justified, first line indented 1.27 cm, 6 pt after, as NĐ 30 sets out.
 */
export function bodyText(text: string, options: LineOptions = {}): Paragraph {
	return line(
		text,
		{ size: size.body, align: AlignmentType.JUSTIFIED, after: 6, ...options },
		{ indent: { firstLine: mm(12.7) } }
	);
}

/**
 * A short horizontal rule under centred text, drawn as the bottom border of an empty paragraph
 * whose indents leave `length` twips in a column `width` wide: the usual way Vietnamese
 * templates draw the rules under the agency name, the motto and the title.
 */
export function rule(width: number, length: number, after = 0): Paragraph {
	const side = Math.max(0, Math.round((width - length) / 2));
	return new Paragraph({
		indent: { left: side, right: side },
		spacing: { before: 0, after: after * 20, line: 60, lineRule: LineRuleType.EXACT },
		border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
		children: [],
	});
}
