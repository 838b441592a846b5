import { procedureSchema, type Procedure, type ProcedureInput } from '../../src/schemas/procedure';
import type { ProcedureEntry } from '../../src/lib/procedure/entry';
import { mockProcedure } from './procedure-factory';

/** {@link mockProcedure} parsed by the schema, as pages and helpers receive it (defaults filled in). */
export function parsedProcedure(overrides: Partial<ProcedureInput> = {}): Procedure {
	return procedureSchema.parse(mockProcedure(overrides));
}

/** A catalogue entry around {@link parsedProcedure}; the id is the code unless given. */
export function mockEntry(overrides: Partial<ProcedureInput> = {}, id?: string): ProcedureEntry {
	const data = parsedProcedure(overrides);
	return { id: id ?? data.code ?? 'khong-ma', data };
}
