import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../../../..');

/** Output of one run of `npm run review`. */
export interface ReviewRun {
	status: number | null;
	stdout: string;
	stderr: string;
}

/**
 * Runs `npm run review -- <args>` the way npm does (tsx), in `cwd` (a fixture project, possibly
 * outside the repository, so tsx is found by its path rather than resolved from `cwd`).
 */
export function runReview(args: string[], cwd: string): ReviewRun {
	const result = spawnSync(
		join(root, 'node_modules/.bin/tsx'),
		[join(root, 'scripts/review.ts'), ...args],
		{
			cwd,
			encoding: 'utf8',
			env: { ...process.env, DEBUG: '' },
		}
	);
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
