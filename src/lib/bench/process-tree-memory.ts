import { readdirSync, readFileSync } from 'node:fs';

/** Resident memory of one process of a tree, as /proc gives it. */
interface ProcessMemory {
	pid: number;
	/** The program’s name (`node`, `pagefind_extend…`). */
	name: string;
	bytes: number;
}

const pageBytes = 4096;

/**
 * The processes of the tree under `root` (itself included) with their resident memory, read from
 * /proc (Linux). Empty where /proc is missing. A process that ends while being read is skipped.
 */
export function processTree(root: number): ProcessMemory[] {
	let pids: number[];
	try {
		pids = readdirSync('/proc')
			.filter((name) => /^\d+$/.test(name))
			.map(Number);
	} catch {
		return [];
	}
	const parents = new Map<number, number>();
	const names = new Map<number, string>();
	for (const pid of pids) {
		try {
			// `pid (name) state ppid …`; the name may hold spaces and parentheses.
			const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
			const close = stat.lastIndexOf(')');
			names.set(pid, stat.slice(stat.indexOf('(') + 1, close));
			parents.set(pid, Number(stat.slice(close + 2).split(' ')[1]));
		} catch {
			// Ended meanwhile.
		}
	}
	const inTree = new Set([root]);
	for (let grew = true; grew; ) {
		grew = false;
		for (const [pid, parent] of parents) {
			if (!inTree.has(pid) && inTree.has(parent)) {
				inTree.add(pid);
				grew = true;
			}
		}
	}
	return [...inTree].flatMap((pid) => {
		try {
			const resident = Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]);
			return [{ pid, name: names.get(pid) ?? '', bytes: resident * pageBytes }];
		} catch {
			return [];
		}
	});
}

/** The highest memory a tree of processes held at once, and the highest of each program. */
export interface TreePeak {
	totalBytes: number;
	byName: Map<string, number>;
}

/**
 * Samples the tree under `root` every `intervalMs` until `stop()` is called, which returns the
 * peaks. A sampled peak can miss a spike shorter than the interval.
 */
export function sampleTreePeak(root: number, intervalMs = 500): { stop(): TreePeak } {
	const peak: TreePeak = { totalBytes: 0, byName: new Map() };
	const sample = () => {
		const tree = processTree(root);
		const total = tree.reduce((sum, { bytes }) => sum + bytes, 0);
		peak.totalBytes = Math.max(peak.totalBytes, total);
		for (const { name, bytes } of tree) {
			peak.byName.set(name, Math.max(peak.byName.get(name) ?? 0, bytes));
		}
	};
	sample();
	const timer = setInterval(sample, intervalMs);
	return {
		stop() {
			clearInterval(timer);
			return peak;
		},
	};
}
