import type { ReviewRecord } from '../../../schemas/review-record';
import type { Problem } from '../../validation/friendly-errors';
import { recordError } from './problem';

/**
 * Changes that depend on each other name their keys: `requires` must name other changes of the
 * same option, keys must be unique, and no change may end up requiring itself.
 */
export function dependencyProblems(file: string, record: Pick<ReviewRecord, 'option'>): Problem[] {
	const { changes } = record.option;
	const problems: Problem[] = [];
	const keys = new Map<string, number>();
	changes.forEach((change, index) => {
		if (!change.key) return;
		if (keys.has(change.key)) {
			problems.push(
				recordError(
					file,
					`option.changes[${index}].key`,
					`tên "${change.key}" đã dùng cho thay đổi ${keys.get(change.key)! + 1}`
				)
			);
		} else keys.set(change.key, index);
	});
	changes.forEach((change, index) => {
		change.requires.forEach((key, position) => {
			const path = `option.changes[${index}].requires[${position}]`;
			if (!keys.has(key)) {
				const known = [...keys.keys()].join(', ') || 'chưa có thay đổi nào có key';
				problems.push(
					recordError(file, path, `cần key của một thay đổi khác (${known}), đang là "${key}"`)
				);
			} else if (keys.get(key) === index) {
				problems.push(recordError(file, path, `một thay đổi không thể cần chính nó ("${key}")`));
			}
		});
	});
	if (problems.length === 0) {
		const cycle = findCycle(changes.map((change) => change.requires.map((key) => keys.get(key)!)));
		if (cycle) {
			const path = cycle.map((index) => index + 1).join(' → ');
			problems.push(
				recordError(
					file,
					'option.changes',
					`các thay đổi cần nhau vòng tròn (${path}); bỏ một requires`
				)
			);
		}
	}
	return problems;
}

/** A cycle in the “requires” graph, as change indexes, or `undefined`. */
function findCycle(edges: number[][]): number[] | undefined {
	const state = edges.map(() => 0);
	const stack: number[] = [];
	const visit = (node: number): number[] | undefined => {
		state[node] = 1;
		stack.push(node);
		for (const next of edges[node]!) {
			if (state[next] === 1) return [...stack.slice(stack.indexOf(next)), next];
			if (state[next] === 0) {
				const found = visit(next);
				if (found) return found;
			}
		}
		stack.pop();
		state[node] = 2;
		return undefined;
	};
	for (let node = 0; node < edges.length; node += 1) {
		if (state[node] === 0) {
			const found = visit(node);
			if (found) return found;
		}
	}
	return undefined;
}
