import { procedureSchema, type Procedure, type ProcedureInput } from '../../src/schemas/procedure';
import type { ProcedureEntry } from '../../src/lib/procedure/entry';

/** A valid procedure for tests: a free, three-channel Sở Tư pháp procedure, with `overrides` on top. */
export function mockProcedure(overrides: Partial<ProcedureInput> = {}): Procedure {
	const limit = { value: 5, unit: 'working-days', asWritten: '5 Ngày làm việc' } as const;
	const free = [{ kind: 'le-phi', amount: 0, asWritten: 'Miễn phí' }] as const;
	return procedureSchema.parse({
		code: '1.000426',
		name: 'Cấp thẻ tư vấn viên pháp luật',
		field: 'Tư vấn pháp luật',
		level: ['province'],
		applicants: ['Công dân Việt Nam'],
		agencies: { implementing: 'Sở Tư pháp' },
		channels: (['in-person', 'online', 'postal'] as const).map((kind) => ({
			kind,
			timeLimit: limit,
			fees: free,
		})),
		online: { level: 'unknown' },
		status: { state: 'active' },
		provenance: {
			source: 'national-db',
			dataset: 'csdl-bo-tu-phap.jsonl',
			record: '1.000426',
			snapshot: '2025-2026',
		},
		...overrides,
	});
}

/** A catalogue entry around {@link mockProcedure}; the id is the code unless given. */
export function mockEntry(overrides: Partial<ProcedureInput> = {}, id?: string): ProcedureEntry {
	const data = mockProcedure(overrides);
	return { id: id ?? data.code ?? 'khong-ma', data };
}
