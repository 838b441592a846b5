/** A path into a record’s data: keys and list positions, e.g. `['cost', 'fees', 0, 'amount']`. */
export type DataPath = readonly (string | number)[];

/** The value at `path`, or `undefined` when a step is missing. */
export function getIn(data: unknown, path: DataPath): unknown {
	let current = data;
	for (const key of path) {
		if (current === null || typeof current !== 'object') return undefined;
		current = (current as Record<string | number, unknown>)[key];
	}
	return current;
}

/** Whether a form value means “nothing”: left out of the file rather than written empty. */
function isEmpty(value: unknown): boolean {
	return value === undefined || value === '';
}

/**
 * A copy of `data` with `value` at `path`, creating the objects and lists on the way. An empty
 * value removes the key, so an optional field cleared in the form disappears from the file.
 */
export function setIn<T>(data: T, path: DataPath, value: unknown): T {
	if (path.length === 0) return value as T;
	const [key, ...rest] = path;
	const container: Record<string | number, unknown> | unknown[] = Array.isArray(data)
		? [...data]
		: data !== null && typeof data === 'object'
			? { ...(data as Record<string, unknown>) }
			: typeof key === 'number'
				? []
				: {};
	const current = (container as Record<string | number, unknown>)[key!];
	const next = rest.length === 0 ? value : setIn(current, rest, value);
	if (rest.length === 0 && isEmpty(value) && !Array.isArray(container)) {
		delete (container as Record<string, unknown>)[key!];
	} else {
		(container as Record<string | number, unknown>)[key!] = next;
	}
	return container as T;
}

/** A copy of the list at `path` without its item `index`. */
export function removeAt<T>(data: T, path: DataPath, index: number): T {
	const list = getIn(data, path);
	if (!Array.isArray(list)) return data;
	return setIn(
		data,
		path,
		list.filter((_, position) => position !== index)
	);
}

/** A copy of the list at `path` with `item` added at the end (the list is created if missing). */
export function append<T>(data: T, path: DataPath, item: unknown): T {
	const list = getIn(data, path);
	return setIn(data, path, [...(Array.isArray(list) ? list : []), item]);
}
