import { describe, expect, test } from 'vitest';
import { onceOnlyFacts, onceOnlyProposals } from '../../../src/lib/documents/proposals';
import { loadReviewContent } from '../../../src/lib/content/load-review-content';
import { projectContentDir } from '../../../src/lib/content/content-dir';
import { summarize, summaryOf } from '../../../src/lib/content/procedure-summary';
import { procedureSchema } from '../../../src/schemas/procedure';
import { mockProcedure } from '../../support/procedure-factory';

const content = loadReviewContent(projectContentDir(process.cwd()));

describe('summarize', () => {
	test('keeps what the plan and the rules across files read', () => {
		const data = procedureSchema.parse(
			mockProcedure({
				code: '1.002153',
				legalBasis: [{ number: '65/2006/QH11' }, { number: '18/2026/NĐ-CP', date: '2026-01-02' }],
			})
		);
		expect(summarize('1.002153', data)).toMatchObject({
			code: '1.002153',
			name: data.name,
			field: data.field,
			state: 'active',
			otherAgency: false,
			legalBasis: [
				{ number: '65/2006/QH11', year: 2006 },
				{ number: '18/2026/NĐ-CP', year: 2026 },
			],
		});
	});

	test('weighs the once-only ground of every real procedure as its proposals do', () => {
		const table = content.stateData!;
		expect(table).toBeDefined();
		let withPapers = 0;
		for (const procedure of content.procedures) {
			const proposals = onceOnlyProposals(procedure, table);
			if (proposals.length > 0) withPapers += 1;
			const fresh = summarize(procedure.id, procedure.data);
			expect(onceOnlyFacts(fresh.paperLookups, table), procedure.id).toEqual({
				papers: proposals.length,
				databases: [...new Set(proposals.map(({ database }) => database))],
			});
		}
		// The check means something only if many procedures have candidate papers.
		expect(withPapers).toBeGreaterThan(50);
	});

	test('gives the same summary from the content cache as from the record', () => {
		for (const procedure of content.procedures) {
			expect(procedure.summary, procedure.id).toEqual(summarize(procedure.id, procedure.data));
		}
	});
});

describe('summaryOf', () => {
	test('makes the summary of an entry that carries none, once', () => {
		const entry = { id: '1.002153', data: procedureSchema.parse(mockProcedure()) };
		const first = summaryOf(entry);
		expect(first).toEqual(summarize(entry.id, entry.data));
		expect(summaryOf(entry)).toBe(first);
	});
});
