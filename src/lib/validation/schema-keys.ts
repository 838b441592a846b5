import { z, type ZodTypeAny } from 'astro/zod';

/**
 * The field names allowed at `path` of `schema` (an object nested in arrays, optionals,
 * defaults and refinements), or `[]` when the path does not lead to an object. Lets an
 * “unknown field” message name the fields that do exist there.
 */
export function objectKeysAt(schema: ZodTypeAny, path: ReadonlyArray<string | number>): string[] {
	let current: ZodTypeAny | undefined = unwrap(schema);
	for (const key of path) {
		if (current instanceof z.ZodArray) current = unwrap(current.element);
		else if (current instanceof z.ZodRecord) current = unwrap(current.valueSchema);
		else if (current instanceof z.ZodObject) {
			const field: ZodTypeAny | undefined = (current.shape as Record<string, ZodTypeAny>)[
				String(key)
			];
			current = field ? unwrap(field) : undefined;
		} else return [];
	}
	return current instanceof z.ZodObject ? Object.keys(current.shape) : [];
}

/** Strips the wrappers that do not change the shape of a value. */
function unwrap(schema: ZodTypeAny): ZodTypeAny {
	let current = schema;
	for (;;) {
		if (current instanceof z.ZodEffects) current = current.innerType();
		else if (current instanceof z.ZodOptional || current instanceof z.ZodNullable)
			current = current.unwrap();
		else if (current instanceof z.ZodDefault) current = current.removeDefault();
		else if (current instanceof z.ZodLazy) current = current.schema;
		else if (current instanceof z.ZodPipeline) current = current._def.in;
		else return current;
	}
}
