import type { Letterhead } from '../letterhead';

/** A column of a document table; `width` is relative to the other columns. */
export interface Column {
	heading: string;
	width: number;
	align?: 'left' | 'center' | 'right';
}

/**
 * The body of an official document as simple blocks, so that the DOCX and the Markdown print the
 * same sentences and tables. Cell and item text is already formatted; a line break (`\n`) in a
 * cell starts a new line within it.
 */
export type Block =
	| { kind: 'heading'; level: 1 | 2; text: string }
	/**
	 * `title`: bold and centred, such as the authority line and “QUYẾT ĐỊNH:” of a decision;
	 * `article`: an article of a decision, its “Điều N.” in bold.
	 */
	| { kind: 'paragraph'; text: string; style?: 'italic' | 'bold' | 'title' | 'article' }
	| { kind: 'list'; items: string[] }
	| { kind: 'table'; columns: Column[]; rows: string[][]; footer?: string[] }
	/** A boxed warning, such as “this is sample data”. */
	| { kind: 'notice'; lines: string[] };

/** A phụ lục, printed after the signature on a new page. */
export interface Appendix {
	/** Upper-case title, e.g. “DANH MỤC THỦ TỤC HÀNH CHÍNH …”. */
	title: string;
	/** Line under the title, e.g. “(Kèm theo Kế hoạch số …)”. */
	subtitle: string;
	blocks: Block[];
}

/** One document ready to print: its header block, body and appendices. */
export interface DocumentContent {
	letterhead: Letterhead;
	blocks: Block[];
	appendices: Appendix[];
}

/** The notice opening every document built from sample data. */
export function sampleNotice(notes: string[]): Block[] {
	return notes.length === 0
		? []
		: [
				{
					kind: 'notice',
					lines: ['DỮ LIỆU MẪU – văn bản minh họa, không phải văn bản chính thức.', ...notes],
				},
			];
}
