import { slugify } from '../text/fold';

/**
 * File id of a procedure: its national code, or for the few without one an ASCII slug of its
 * name, made unique with `-2`, `-3`… in the order the procedures come.
 */
export function assignFileIds(procedures: { code?: string | null; name: string }[]): string[] {
	const taken = new Set(
		procedures.flatMap((procedure) => (procedure.code ? [procedure.code] : []))
	);
	return procedures.map((procedure) => {
		if (procedure.code) return procedure.code;
		const base = slugify(procedure.name) || 'thu-tuc';
		let id = base;
		for (let suffix = 2; taken.has(id); suffix += 1) id = `${base}-${suffix}`;
		taken.add(id);
		return id;
	});
}
