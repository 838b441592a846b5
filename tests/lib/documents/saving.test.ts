import { describe, expect, test } from 'vitest';
import { onceOnlyCandidates } from '../../../src/lib/documents/candidates';
import { asksForCopy, candidateSaving } from '../../../src/lib/documents/saving';
import { mockEntry } from '../../support/procedure-entry';
import { parsedStateData } from '../../support/state-data-factory';

const table = parsedStateData();
const line = (name: string, originals: number, copies: number) => ({ name, originals, copies });

describe('asksForCopy', () => {
	test('returns true for a copy the applicant must have certified', () => {
		expect(asksForCopy(line('Bản sao Thẻ căn cước', 0, 1))).toBe(true);
	});

	test('returns false when the original may be shown instead', () => {
		expect(asksForCopy(line('Bản chính hoặc bản sao có chứng thực Thẻ căn cước', 1, 1))).toBe(
			false
		);
		expect(asksForCopy(line('Phiếu lý lịch tư pháp', 1, 0))).toBe(false);
	});
});

describe('candidateSaving', () => {
	const candidates = onceOnlyCandidates(
		mockEntry({
			documents: [
				{
					items: [
						{ name: 'Bản sao Thẻ căn cước', originals: 0, copies: 1 },
						{ name: 'Phiếu lý lịch tư pháp', originals: 1, copies: 0 },
					],
				},
			],
		}),
		table
	);

	test('costs a certified copy: 1 hour at W plus the 2.000 đ fee, × dossiers per year', () => {
		const saving = candidateSaving(candidates[0]!, table, 47727, 10);
		expect(saving.perDossier).toEqual({ hours: 1, dong: 49727 });
		expect(saving.perYear).toEqual({ hours: 10, dong: 497270 });
		expect(saving.inputs.map((input) => input.name)).toEqual(['Chứng thực bản sao']);
	});

	test('costs obtaining a fresh paper when the table gives the cost of one', () => {
		const saving = candidateSaving(candidates[1]!, table, 47727, 3);
		expect(saving.perDossier).toEqual({ hours: 2, dong: 95454 });
		expect(saving.perYear).toEqual({ hours: 6, dong: 286362 });
		expect(saving.inputs[0]).toMatchObject({
			name: 'Xin cấp giấy tờ',
			from: { hours: 'estimate', fee: 'procedure' },
		});
	});

	test('saves nothing a year without dossiers', () => {
		expect(candidateSaving(candidates[0]!, table, 47727, 0).perYear).toEqual({ hours: 0, dong: 0 });
	});
});
