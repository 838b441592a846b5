import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import matter from 'gray-matter';
import type { ProcedureInput } from '../../src/schemas/procedure';

/** A valid procedure front matter, modelled on 1.002153; override any field. */
export function mockProcedure(overrides: Partial<ProcedureInput> = {}): ProcedureInput {
	return {
		code: '1.002153',
		name: 'Đăng ký hành nghề luật sư với tư cách cá nhân',
		field: 'Luật sư',
		level: ['province'],
		applicants: ['Công dân Việt Nam'],
		agencies: { implementing: 'Sở Tư pháp' },
		channels: [
			{
				kind: 'online',
				timeLimit: { value: 5, unit: 'working-days', asWritten: '5 Ngày làm việc' },
				fees: [{ kind: 'unspecified', amount: 0, asWritten: 'Miễn phí' }],
			},
		],
		documents: [
			{
				items: [
					{
						name: 'Đơn đề nghị đăng ký hành nghề luật sư',
						form: 'Mẫu TP-LS-05-sđ.docx',
						originals: 1,
						copies: 0,
					},
				],
			},
		],
		legalBasis: [{ number: '65/2006/QH11', type: 'Luật', issuer: 'Quốc hội' }],
		online: { level: 'unknown' },
		status: { state: 'active' },
		provenance: {
			source: 'national-db',
			dataset: 'csdl-bo-tu-phap.jsonl',
			record: '1.002153',
			snapshot: '2025-2026',
		},
		...overrides,
	};
}

/** Writes Markdown files into a fresh `content/procedures` under a temporary root; returns the root. */
export function writeProcedureFiles(files: Record<string, string | ProcedureInput>): string {
	const root = mkdtempSync(join(tmpdir(), 'tthc-content-'));
	const dir = join(root, 'content/procedures');
	mkdirSync(dir, { recursive: true });
	for (const [name, content] of Object.entries(files)) {
		const text = typeof content === 'string' ? content : matter.stringify('Ghi chú.\n', content);
		writeFileSync(join(dir, name), text);
	}
	return root;
}
