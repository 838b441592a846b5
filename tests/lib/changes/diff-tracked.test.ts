import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { trackedFields, type FieldChange } from '../../../src/schemas/change-set';
import { diffTracked } from '../../../src/lib/changes/diff-tracked';
import { trackProcedure, type TrackedProcedure } from '../../../src/lib/changes/tracked-values';
import { procedureSchema } from '../../../src/schemas/procedure';
import { mockProcedure } from '../../support/procedure-factory';

/** A parsed procedure from the factory, with overrides. */
const procedure = (overrides: Parameters<typeof mockProcedure>[0] = {}) =>
	procedureSchema.parse(mockProcedure(overrides));

/** Tracked procedures with a few random items per field, keys unique within a field. */
const trackedArb: fc.Arbitrary<TrackedProcedure> = fc
	.record(
		Object.fromEntries(
			trackedFields.map((field) => [
				field,
				fc.uniqueArray(fc.tuple(fc.constantFrom('a', 'b', 'c', 'd', ''), fc.string()), {
					maxLength: 4,
					selector: ([key]) => key,
				}),
			])
		) as Record<(typeof trackedFields)[number], fc.Arbitrary<[string, string][]>>
	)
	.map((values) => ({ name: 'Thủ tục', state: 'active' as const, values }));

/** The change with its old and new values swapped. */
const swap = ({ before, after, ...rest }: FieldChange): FieldChange => ({
	...rest,
	...(after !== undefined ? { before: after } : {}),
	...(before !== undefined ? { after: before } : {}),
});

describe('diffTracked', () => {
	test('returns nothing when a procedure is compared with itself', () => {
		fc.assert(fc.property(trackedArb, (a) => diffTracked(a, a).length === 0));
	});

	test('returns the same changes in the same order when run twice', () => {
		fc.assert(
			fc.property(trackedArb, trackedArb, (a, b) => {
				expect(diffTracked(a, b)).toEqual(diffTracked(a, b));
			})
		);
	});

	test('returns changes in the order of the followed fields', () => {
		fc.assert(
			fc.property(trackedArb, trackedArb, (a, b) => {
				const order = diffTracked(a, b).map(({ field }) => trackedFields.indexOf(field));
				expect(order).toEqual([...order].sort((x, y) => x - y));
			})
		);
	});

	test('returns the reverse changes, as a set, when the two sides swap', () => {
		const key = (change: FieldChange) => JSON.stringify(swap(change));
		fc.assert(
			fc.property(trackedArb, trackedArb, (a, b) => {
				const forward = diffTracked(a, b).map(key).sort();
				const backward = diffTracked(b, a)
					.map((change) => JSON.stringify(change))
					.sort();
				expect(forward).toEqual(backward);
			})
		);
	});

	test('returns one fee change naming the channel when an amount changes', () => {
		const before = procedure({
			channels: [
				{
					kind: 'in-person',
					timeLimit: { value: 5, unit: 'working-days', asWritten: '' },
					fees: [{ kind: 'le-phi', amount: 100000, asWritten: '' }],
				},
			],
		});
		const after = procedure({
			channels: [
				{
					kind: 'in-person',
					timeLimit: { value: 5, unit: 'working-days', asWritten: '' },
					fees: [{ kind: 'le-phi', amount: 50000, asWritten: '' }],
				},
			],
		});
		expect(diffTracked(trackProcedure(before), trackProcedure(after))).toEqual([
			{
				field: 'fees',
				item: 'Trực tiếp',
				before: 'Lệ phí: 100.000 đ',
				after: 'Lệ phí: 50.000 đ',
			},
		]);
	});

	test('returns an added paper, a removed legal basis and a new status', () => {
		const before = procedure();
		const after = procedure({
			documents: [
				...(mockProcedure().documents ?? []),
				{ case: 'Người nước ngoài', items: [{ name: 'Hộ chiếu', originals: 0, copies: 1 }] },
			],
			legalBasis: [],
			status: { state: 'transferred', successor: { agency: 'Công an cấp tỉnh' } },
		});
		expect(diffTracked(trackProcedure(before), trackProcedure(after))).toEqual([
			{
				field: 'status',
				before: 'Đang áp dụng',
				after: 'Đã chuyển cơ quan khác: Công an cấp tỉnh',
			},
			{ field: 'documents', after: 'Người nước ngoài: Hộ chiếu (1 bản sao)' },
			{ field: 'legalBasis', item: '65/2006/QH11', before: 'Luật 65/2006/QH11' },
		]);
	});

	test('returns nothing when only fields the log does not follow change', () => {
		const before = procedure();
		const after = procedure({ keywords: ['luật sư'], flags: [], type: 'TTHC' });
		expect(diffTracked(trackProcedure(before), trackProcedure(after))).toEqual([]);
	});
});
