import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Every file of a folder (not recursive) with its bytes, to show that a run changed nothing. */
export function snapshotFolder(dir: string): Record<string, string> {
	return Object.fromEntries(
		readdirSync(dir, { withFileTypes: true })
			.filter((entry) => entry.isFile())
			.map((entry) => [entry.name, readFileSync(join(dir, entry.name)).toString('base64')])
			.sort(([a], [b]) => a!.localeCompare(b!))
	);
}

/** A string as a regular expression that matches it literally. */
export function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
