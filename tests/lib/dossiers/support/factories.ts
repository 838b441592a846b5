import { parseDay } from '../../../../src/lib/dossiers/days';
import type { Dossier } from '../../../../src/lib/dossiers/dossier';
import { indexProcedures } from '../../../../src/lib/dossiers/procedure-index';

/** A day from an ISO date, for readable tests. */
export function day(iso: string): number {
	const value = parseDay(iso);
	if (value === null) throw new Error(`bad test date ${iso}`);
	return value;
}

/** A dossier received 04/01/2021, due 15/01/2021, resolved early, in person; override any field. */
export function mockDossier(overrides: Partial<Record<keyof Dossier, unknown>> = {}): Dossier {
	const dates = (key: 'received' | 'due' | 'finished' | 'apology', fallback: string | null) => {
		const value = key in overrides ? overrides[key] : fallback;
		return value === null ? null : typeof value === 'string' ? day(value) : (value as number);
	};
	return {
		procedureId: (overrides.procedureId as string) ?? '2.002039',
		received: dates('received', '2021-01-04')!,
		due: dates('due', '2021-01-15')!,
		finished: dates('finished', '2021-01-12'),
		channel: (overrides.channel as Dossier['channel']) ?? 'in-person',
		apology: dates('apology', null),
	};
}

/** The procedures of the fixture project (`tests/fixtures/dossiers`). */
export const fixtureProcedures = indexProcedures([
	{ id: '2.002039', code: '2.002039' },
	{ id: '1.000390', code: '1.000390' },
	{ id: '1.013859', code: '1.013859' },
	{ id: 'cap-the-dau-gia-vien', code: null },
]);
