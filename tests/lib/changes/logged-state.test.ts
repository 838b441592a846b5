import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	parseLoggedState,
	renderLoggedState,
	type LoggedState,
} from '../../../src/lib/changes/logged-state';
import { trackProcedure } from '../../../src/lib/changes/tracked-values';
import { trackedFields } from '../../../src/schemas/change-set';
import { procedureSchema } from '../../../src/schemas/procedure';
import { mockProcedure } from '../../support/procedure-factory';

const item = fc.tuple(fc.string(), fc.string());
const stateArb: fc.Arbitrary<LoggedState> = fc
	.dictionary(
		fc.stringMatching(/^[0-9a-z.-]{1,12}$/),
		fc.record({
			name: fc.string({ minLength: 1 }).filter((name) => name.trim() !== ''),
			state: fc.constantFrom('active', 'transferred', 'repealed') as fc.Arbitrary<
				'active' | 'transferred' | 'repealed'
			>,
			values: fc.record(
				Object.fromEntries(trackedFields.map((field) => [field, fc.array(item, { maxLength: 3 })]))
			),
		})
	)
	.map((record) => new Map(Object.entries(record)) as unknown as LoggedState);

describe('renderLoggedState', () => {
	test('returns a text that reads back as the same state', () => {
		fc.assert(
			fc.property(stateArb, (state) => {
				const parsed = parseLoggedState('state.jsonl', renderLoggedState(state));
				expect(parsed.ok && [...parsed.state.entries()].sort()).toEqual(
					[...state.entries()]
						.map(([id, value]) => [id, { ...value, name: value.name.trim() }])
						.sort()
				);
			})
		);
	});

	test('returns one line per procedure, sorted by id, a step written once', () => {
		const tracked = trackProcedure(procedureSchema.parse(mockProcedure({ steps: ['Nộp hồ sơ.'] })));
		const text = renderLoggedState(
			new Map([
				['b', tracked],
				['a', tracked],
			])
		);
		const lines = text.trimEnd().split('\n');
		expect(lines.map((line) => JSON.parse(line).id)).toEqual(['a', 'b']);
		expect(JSON.parse(lines[0]!).values.steps).toEqual([['Nộp hồ sơ.']]);
	});
});

describe('parseLoggedState', () => {
	test('returns a problem naming the line when a line is not JSON', () => {
		const parsed = parseLoggedState('content/changes/logged-state.jsonl', '\n{oops\n');
		expect(parsed.ok).toBe(false);
		if (parsed.ok) return;
		expect(parsed.problems).toEqual([
			expect.objectContaining({ file: 'content/changes/logged-state.jsonl', line: 2 }),
		]);
		expect(parsed.problems[0]!.message).toMatch(/^cần một dòng JSON/);
	});
});
