import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { processTree, sampleTreePeak } from '../../../src/lib/bench/process-tree-memory';

describe.runIf(existsSync('/proc/self/stat'))('processTree', () => {
	test('finds a process and its child, each with its resident memory', async () => {
		const child = spawn('sleep', ['30']);
		try {
			await new Promise((resolve) => child.once('spawn', resolve));
			const tree = processTree(process.pid);
			expect(tree.find(({ pid }) => pid === process.pid)?.bytes).toBeGreaterThan(1024 * 1024);
			expect(tree.find(({ pid }) => pid === child.pid)).toMatchObject({ name: 'sleep' });
			expect(processTree(child.pid!).map(({ pid }) => pid)).toEqual([child.pid]);
		} finally {
			child.kill();
		}
	});

	test('keeps the highest total and the highest of each program', () => {
		const peak = sampleTreePeak(process.pid, 10).stop();
		expect(peak.totalBytes).toBeGreaterThan(0);
		expect(peak.byName.size).toBeGreaterThan(0);
		expect(Math.max(...peak.byName.values())).toBeLessThanOrEqual(peak.totalBytes);
	});
});
