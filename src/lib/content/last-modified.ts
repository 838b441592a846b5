import { execFileSync } from 'node:child_process';

/** One `git log` per folder and build: every procedure page asks for the same map. */
const cache = new Map<string, Map<string, string>>();

/**
 * The day each file under `dir` last changed in git (`yyyy-mm-dd`), keyed by path from the
 * repository root. One `git log` for the whole folder; an empty map where git or its history
 * is missing (a tarball, a shallow clone gives the clone’s date), so pages then show no date.
 */
export function lastModifiedDates(dir: string, cwd: string = process.cwd()): Map<string, string> {
	const key = `${cwd}\u0000${dir}`;
	const cached = cache.get(key);
	if (cached) return cached;
	const dates = new Map<string, string>();
	cache.set(key, dates);
	let log: string;
	try {
		log = execFileSync('git', ['log', '--format=@%cs', '--name-only', '--', dir], {
			cwd,
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'ignore'],
			maxBuffer: 64 * 1024 * 1024,
		});
	} catch {
		return dates;
	}
	let date = '';
	for (const line of log.split('\n')) {
		if (line.startsWith('@')) date = line.slice(1);
		else if (line && !dates.has(line)) dates.set(line, date);
	}
	return dates;
}
