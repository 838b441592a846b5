import ExcelJS from 'exceljs';
import JSZip from 'jszip';

/** The main part of a .docx, unzipped. */
export async function documentXml(bytes: Uint8Array): Promise<string> {
	const zip = await JSZip.loadAsync(bytes);
	const part = zip.file('word/document.xml');
	if (!part) throw new Error('word/document.xml is missing');
	return part.async('string');
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The text of a .docx body, one paragraph a line, runs joined as Word shows them. */
export function paragraphsOf(xml: string): string[] {
	return xml.split('</w:p>').map((paragraph) =>
		[...paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)]
			.map((match) => (match[0] === '<w:br/>' ? '\n' : match[1]!))
			.join('')
			.replace(/&(\w+);/g, (_, name: string) => entities[name] ?? `&${name};`)
	);
}

/** The tables of a .docx body, each as its rows’ XML. */
export function tablesOf(xml: string): string[][] {
	return [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((table) =>
		[...table[1]!.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>|<w:tr [^>]*>([\s\S]*?)<\/w:tr>/g)].map(
			(row) => row[0]
		)
	);
}

/** Loads an .xlsx back with exceljs. */
export async function readWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
	return workbook;
}
