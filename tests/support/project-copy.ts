import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A throwaway copy of the project’s `content/` folder, so that a test can create and save reviews
 * as an officer would without touching the committed files. Returns the copy’s root.
 */
export function copyProjectContent(prefix = 'tthc-content-'): string {
	const root = mkdtempSync(join(tmpdir(), prefix));
	cpSync(join(import.meta.dirname, '../../content'), join(root, 'content'), { recursive: true });
	return root;
}
