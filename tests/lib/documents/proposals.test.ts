import { describe, expect, test } from 'vitest';
import { paperLookups } from '../../../src/lib/documents/candidates';
import { onceOnlyFacts, onceOnlyProposals } from '../../../src/lib/documents/proposals';
import { mockEntry } from '../../support/procedure-entry';
import { parsedStateData } from '../../support/state-data-factory';

const table = parsedStateData();
const entry = mockEntry({
	documents: [
		{ case: 'Trường hợp A', items: [{ name: 'Bản sao Thẻ căn cước', originals: 0, copies: 1 }] },
		{
			case: 'Trường hợp B',
			items: [
				{ name: '- Bản sao Thẻ căn cước công dân', originals: 0, copies: 1 },
				{ name: 'Phiếu lý lịch tư pháp', originals: 1, copies: 0 },
			],
		},
	],
});

describe('onceOnlyProposals', () => {
	test('returns one REA.4 proposal per kind, in the order of the document list', () => {
		const proposals = onceOnlyProposals(entry, table);
		expect(proposals.map((proposal) => proposal.kind)).toEqual(['identity', 'criminal-record']);
		expect(proposals[0]).toMatchObject({
			document: 'Bản sao Thẻ căn cước',
			database: 'Cơ sở dữ liệu quốc gia về dân cư',
			proposal:
				'Thay thế bằng khai thác Cơ sở dữ liệu quốc gia về dân cư: bỏ thành phần hồ sơ “Bản sao Thẻ căn cước”.',
		});
		expect(proposals[0]!.reason).toContain('66.7/2025/NQ-CP');
	});

	test('says when the legal basis is not checked against the text yet', () => {
		const [, criminal] = onceOnlyProposals(entry, table);
		expect(criminal!.reason).toContain('căn cứ chưa đối chiếu văn bản');
	});

	test('proposes dropping the paper outright when the record already says it is looked up', () => {
		const said = mockEntry({
			documents: [{ items: [{ name: 'Phiếu lý lịch tư pháp', originals: 1, copies: 0 }] }],
			steps: [
				'Khai thác thông tin trên cơ sở dữ liệu lý lịch tư pháp để thay thế Phiếu lý lịch tư pháp.',
			],
		});
		expect(onceOnlyProposals(said, table)[0]!.proposal).toContain('đề xuất bỏ hẳn yêu cầu nộp');
	});

	test('returns nothing for a procedure without papers the table holds', () => {
		expect(onceOnlyProposals(mockEntry(), table)).toEqual([]);
	});
});

describe('onceOnlyFacts', () => {
	test('counts the candidate papers and names their databases once each', () => {
		expect(onceOnlyFacts(paperLookups(entry), table)).toEqual({
			papers: 2,
			databases: ['Cơ sở dữ liệu quốc gia về dân cư', 'Cơ sở dữ liệu lý lịch tư pháp'],
		});
	});
});
