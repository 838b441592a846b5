import { isMap, isScalar, isSeq, type Document, type Node, type Pair, type YAMLMap } from 'yaml';

type Plain = string | number | boolean | null | Plain[] | { [key: string]: Plain };

function isObject(value: unknown): value is Record<string, Plain> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function keyOf(pair: Pair): unknown {
	return isScalar(pair.key) ? pair.key.value : pair.key;
}

/**
 * Brings the node of a YAML document in line with `value`, changing as little as it can: a
 * scalar keeps its quoting, a map keeps its comments and key order (a new key goes after the
 * key it follows in `value`), a list is updated item by item. Returns the node to keep (a new one
 * when the kind of value changed) and whether anything changed.
 */
export function reconcile(
	document: Document,
	node: Node | null | undefined,
	value: unknown
): { node: Node; changed: boolean } {
	if (isScalar(node) && !isObject(value) && !Array.isArray(value)) {
		if (node.value === value) return { node, changed: false };
		node.value = value;
		return { node, changed: true };
	}
	if (isMap(node) && isObject(value)) {
		const changed = reconcileMap(document, node, value);
		// `{}` written by a new draft becomes a block once it holds something, like the rest of the file.
		if (changed && node.items.length > 0) node.flow = false;
		return { node, changed };
	}
	if (isSeq(node) && Array.isArray(value)) {
		let changed = node.items.length !== value.length;
		node.items.splice(value.length);
		value.forEach((item, index) => {
			const current = node.items[index] as Node | undefined;
			if (current === undefined) {
				node.items.push(document.createNode(item));
				return;
			}
			const next = reconcile(document, current, item);
			node.items[index] = next.node;
			changed ||= next.changed;
		});
		if (changed && node.items.length > 0) node.flow = false;
		return { node, changed };
	}
	return { node: document.createNode(value) as Node, changed: true };
}

function reconcileMap(document: Document, map: YAMLMap, value: Record<string, Plain>): boolean {
	let changed = false;
	const before = map.items.length;
	map.items = map.items.filter((pair) => value[String(keyOf(pair))] !== undefined);
	if (map.items.length !== before) changed = true;
	const keys = Object.keys(value).filter((key) => value[key] !== undefined);
	keys.forEach((key, position) => {
		const pair = map.items.find((candidate) => String(keyOf(candidate)) === key);
		if (pair) {
			const next = reconcile(document, pair.value as Node, value[key]);
			pair.value = next.node;
			changed ||= next.changed;
			return;
		}
		const previous = keys
			.slice(0, position)
			.reverse()
			.map((name) => map.items.findIndex((candidate) => String(keyOf(candidate)) === name))
			.find((index) => index >= 0);
		map.items.splice(
			previous === undefined ? 0 : previous + 1,
			0,
			document.createPair(key, value[key]) as Pair
		);
		changed = true;
	});
	return changed;
}
