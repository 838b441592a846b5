import { describe, expect, test } from 'vitest';
import { findCatalogueLosses, findLosses } from '../../../src/lib/import/find-losses';
import { formatLosses } from '../../../src/lib/import/format-losses';
import type { CataloguePlan } from '../../../src/lib/import/plan-catalogue';
import { toFrontMatter } from '../../../src/lib/import/serialize-procedure';
import { mockProcedure } from '../../support/procedure-factory';

const full = toFrontMatter(
	mockProcedure({
		steps: ['Nộp hồ sơ', 'Nhận kết quả'],
		legalBasis: [{ number: '65/2006/QH11', type: 'Luật', issuer: 'Quốc hội' }],
		provenance: {
			source: 'national-db',
			dataset: 'csdl-bo-tu-phap.jsonl',
			record: '1.002153',
			url: 'https://dichvucong.gov.vn/thu-tuc-hanh-chinh/1',
			document: 'Danh mục TTHC của Sở Tư pháp',
			snapshot: '2025-2026',
		},
	})
);

/** `full` with some top-level keys replaced. */
const without = (changes: Record<string, unknown>) => ({ ...full, ...changes });

describe('findLosses', () => {
	test('returns nothing when nothing is lost, or when content is added', () => {
		expect(findLosses(full, full)).toEqual([]);
		expect(findLosses(without({ steps: [] }), full)).toEqual([]);
	});

	test('returns each section that goes from non-empty to empty, with what it holds now', () => {
		expect(findLosses(full, without({ steps: [], legalBasis: undefined }))).toEqual([
			{ field: 'steps', now: '2 bước' },
			{ field: 'legalBasis', now: '1 văn bản' },
		]);
	});

	test('counts documents by item across groups', () => {
		const documents = [{ items: [{ name: 'A' }, { name: 'B' }] }, { items: [{ name: 'C' }] }];
		expect(findLosses(without({ documents }), without({ documents: [] }))).toEqual([
			{ field: 'documents', now: '3 giấy tờ' },
		]);
	});

	test('does not count a section that only shrinks', () => {
		expect(findLosses(full, without({ steps: ['Nộp hồ sơ'] }))).toEqual([]);
	});

	test('returns an implementing agency reduced to “Không có thông tin”', () => {
		const after = without({ agencies: { implementing: 'Không có thông tin' } });
		expect(findLosses(full, after)).toEqual([
			{ field: 'agencies.implementing', now: '“Sở Tư pháp”' },
		]);
	});

	test('returns provenance that disappears, an undated snapshot and a downgraded source', () => {
		const after = without({
			provenance: {
				source: 'provincial-portal',
				dataset: 'procedures-sources.csv',
				record: 'row 3',
				snapshot: 'không rõ (nguồn không ghi thời điểm thu thập)',
			},
		});
		expect(findLosses(full, after).map(({ field }) => field)).toEqual([
			'provenance.url',
			'provenance.document',
			'provenance.snapshot',
			'provenance.source',
		]);
	});
});

describe('findCatalogueLosses', () => {
	test('returns the losses of differing files and every dropped file', () => {
		const plan: CataloguePlan = {
			files: [
				{ id: 'a', path: 'a.md', plan: { action: 'unchanged' } },
				{
					id: 'b',
					path: 'b.md',
					plan: {
						action: 'differs',
						keys: ['steps'],
						text: '',
						before: full,
						after: without({ steps: [] }),
					},
				},
				{ id: 'c', path: 'c.md', plan: { action: 'differs', keys: ['x'], text: '', after: full } },
			],
			stale: ['d', 'e'],
			dropped: [{ id: 'd', dataset: 'csdl-bo-tu-phap.jsonl' }],
		};
		expect(findCatalogueLosses(plan)).toEqual([
			{ id: 'b', losses: [{ field: 'steps', now: '2 bước' }] },
			{ id: 'd', dropped: true, dataset: 'csdl-bo-tu-phap.jsonl' },
		]);
	});
});

describe('formatLosses', () => {
	test('writes one line per procedure, every field with its label', () => {
		const lines = formatLosses(
			[
				{
					id: '2.002039',
					losses: [
						{ field: 'documents', now: '14 giấy tờ' },
						{ field: 'provenance.source', now: 'national-db → other' },
					],
				},
				{ id: '1.000404', dropped: true, dataset: 'csdl-bo-tu-phap.jsonl' },
			],
			(id) => `content/procedures/${id}.md`
		);
		expect(lines).toEqual([
			'content/procedures/2.002039.md: sẽ mất documents (thành phần hồ sơ: 14 giấy tờ); provenance.source (loại nguồn: national-db → other)',
			'content/procedures/1.000404.md: không còn bản ghi nào trong csdl-bo-tu-phap.jsonl tạo ra thủ tục này (tệp được để nguyên nhưng sẽ không được cập nhật nữa)',
		]);
	});
});
