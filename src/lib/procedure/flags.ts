import type { Flag } from '../../schemas/flag';

/**
 * The flags on the value at `path` or inside it: `channels[0]` takes `channels[0].fees[1].amount`
 * but not `channels[01]`, so a value and its note are shown together.
 */
export function flagsAt(flags: readonly Flag[], path: string): Flag[] {
	return flags.filter(
		(flag) =>
			flag.path === path || flag.path.startsWith(`${path}.`) || flag.path.startsWith(`${path}[`)
	);
}

/** The flags that none of `shownPaths` covers, so the page can list them in one place. */
export function flagsElsewhere(flags: readonly Flag[], shownPaths: readonly string[]): Flag[] {
	return flags.filter((flag) => !shownPaths.some((path) => flagsAt([flag], path).length > 0));
}

/** Drops repeated flags (same kind and message), as channels that share a value share its doubt. */
export function uniqueFlags(flags: readonly Flag[]): Flag[] {
	const seen = new Set<string>();
	return flags.filter((flag) => {
		const key = `${flag.code}\u0000${flag.message}\u0000${flag.asWritten ?? ''}`;
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}
