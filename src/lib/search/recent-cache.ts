/**
 * A map that keeps only the `size` entries used last. The instant search looks up the same words
 * on every key press (“nhap”, “quoc” while “tich” is being typed): remembering them makes a key
 * press cost the new word only.
 */
export class RecentCache<K, V> {
	private readonly entries = new Map<K, V>();

	constructor(private readonly size: number) {}

	/** The value for `key`, made by `make` when it is not remembered. */
	get(key: K, make: () => V): V {
		const known = this.entries.get(key);
		if (known !== undefined) {
			// Re-inserting moves the key to the end: Maps keep insertion order.
			this.entries.delete(key);
			this.entries.set(key, known);
			return known;
		}
		const value = make();
		this.entries.set(key, value);
		if (this.entries.size > this.size) this.entries.delete(this.entries.keys().next().value as K);
		return value;
	}

	/** How many entries are remembered. */
	get count(): number {
		return this.entries.size;
	}
}
