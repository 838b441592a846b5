import type { Block, DocumentContent } from './content/blocks';

/** Escapes the characters that would break a Markdown table cell or start markup. */
function cell(text: string): string {
	return text.replace(/\|/g, '\\|').replace(/\n/g, '<br>');
}

function table(block: Extract<Block, { kind: 'table' }>): string[] {
	const align = block.columns.map((column) =>
		column.align === 'right' ? '---:' : column.align === 'center' ? ':---:' : '---'
	);
	const row = (cells: string[]) => `| ${cells.map(cell).join(' | ')} |`;
	return [
		row(block.columns.map((column) => column.heading)),
		`| ${align.join(' | ')} |`,
		...block.rows.map(row),
		...(block.footer ? [row(block.footer.map((text) => (text ? `**${text}**` : '')))] : []),
	];
}

function renderBlock(block: Block): string[] {
	switch (block.kind) {
		case 'heading':
			return [`${'#'.repeat(block.level + 1)} ${block.text}`];
		case 'paragraph':
			return [
				block.style === 'bold' || block.style === 'title'
					? `**${block.text}**`
					: block.style === 'italic'
						? `_${block.text}_`
						: block.text,
			];
		case 'list':
			return block.items.map((item) => `- ${item.replace(/\n/g, ' ')}`);
		case 'table':
			return table(block);
		case 'notice':
			return block.lines.map((line, index) => (index === 0 ? `> **${line}**` : `> ${line}`));
	}
}

/** One document as Markdown: header lines, title, body, signature, then the appendices. */
export function documentMarkdown({ letterhead, blocks, appendices }: DocumentContent): string {
	const head = [
		`# ${letterhead.kind}: ${letterhead.title}`,
		[
			[letterhead.parent, letterhead.agency.replace(/\n/g, ' ')].filter(Boolean).join(' – '),
			letterhead.number,
			`${letterhead.nation} – ${letterhead.motto}`,
			`_${letterhead.placeDate}_`,
		].join('  \n'),
	];
	const closing = [
		`**Nơi nhận:**  \n${letterhead.recipients.join('  \n')}`,
		`**${letterhead.signerTitle}**  \n${letterhead.signerName || '(ký, ghi rõ họ tên, đóng dấu)'}`,
	];
	const annexes = appendices.flatMap((appendix) => [
		`## PHỤ LỤC: ${appendix.title}`,
		`_${appendix.subtitle}_`,
		...appendix.blocks.map((block) => renderBlock(block).join('\n')),
	]);
	return [
		...head,
		...blocks.map((block) => renderBlock(block).join('\n')),
		...closing,
		...annexes,
	].join('\n\n');
}

/** The plan and, when there is one, the results report of a year, as one Markdown file. */
export function reportMarkdown(documents: DocumentContent[]): string {
	return `${documents.map(documentMarkdown).join('\n\n---\n\n')}\n`;
}
