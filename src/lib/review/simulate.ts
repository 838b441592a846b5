import type { ChangeKind, OptionAction } from '../../schemas/simplification-option';
import {
	evaluateOption,
	type CostModel,
	type EffectModel,
	type OptionEvaluation,
} from './option-cost';

// Type-only imports above: the simulator island bundles this file, and must not pull in zod.

/** What the simulator island receives: the cost lines and the changes, nothing else. */
export interface SimulatorProps {
	hourlyIncome: number;
	cost: CostModel;
	action: OptionAction;
	changes: {
		kind: ChangeKind;
		label: string;
		what: string;
		effects: EffectModel;
		/** Positions of the changes this one cannot go without. */
		requires: number[];
	}[];
	/** The year’s totals with every option as proposed, to show what this option does to the year. */
	year?: { year: number; before: number; after: number; records: number };
}

/**
 * Costs the option with the switched-on changes; `abolish` applies only to an option that
 * proposes abolishing the procedure. The same `evaluateOption` as `npm run review -- score`.
 */
export function simulate(
	props: SimulatorProps,
	enabled: boolean[],
	abolish = props.action === 'abolish'
): OptionEvaluation {
	return evaluateOption({
		hourlyIncome: props.hourlyIncome,
		cost: props.cost,
		action: abolish ? 'abolish' : 'simplify',
		effects: props.changes.filter((_, index) => enabled[index]).map((change) => change.effects),
	});
}

/** The changes switched on after a click, and a sentence saying what else moved with it. */
export interface Toggle {
	enabled: boolean[];
	/** Why other changes switched too, in Vietnamese; absent when only the one clicked moved. */
	note?: string;
}

/** Every change reachable from `start` along `next`, `start` excluded. */
function reach(start: number, next: (index: number) => number[]): number[] {
	const seen = new Set<number>();
	const stack = next(start);
	while (stack.length > 0) {
		const index = stack.pop()!;
		if (index === start || seen.has(index)) continue;
		seen.add(index);
		stack.push(...next(index));
	}
	return [...seen].sort((a, b) => a - b);
}

/**
 * Switches change `index`, with what depends on it: switching a change on switches on every
 * change it requires (a lower online fee needs the online channel); switching it off switches
 * off every change that requires it. The note names them, so nothing moves silently.
 */
export function toggleChange(props: SimulatorProps, enabled: boolean[], index: number): Toggle {
	const on = !enabled[index];
	const quote = (position: number) => `“${props.changes[position]!.label}”`;
	const linked = on
		? reach(index, (position) => props.changes[position]!.requires)
		: reach(index, (position) =>
				props.changes.flatMap((change, other) =>
					change.requires.includes(position) ? [other] : []
				)
			);
	const moved = linked.filter((position) => enabled[position] !== on);
	const next = enabled.map((value, position) =>
		position === index || moved.includes(position) ? on : value
	);
	if (moved.length === 0) return { enabled: next };
	const names = moved.map(quote).join(', ');
	return {
		enabled: next,
		note: on
			? `Bật cả ${names}: ${quote(index)} chỉ thực hiện được cùng thay đổi này.`
			: `Tắt cả ${names}: thay đổi này chỉ thực hiện được cùng ${quote(index)}.`,
	};
}

/** The year’s cost before and after with this option as simulated instead of as proposed. */
export function yearEffect(
	props: SimulatorProps,
	simulated: OptionEvaluation,
	proposed: OptionEvaluation
): { before: number; after: number; saving: number; savingRate: number } | undefined {
	if (!props.year) return undefined;
	const after = props.year.after - proposed.after.perYear + simulated.after.perYear;
	const saving = props.year.before - after;
	return {
		before: props.year.before,
		after,
		saving,
		savingRate: props.year.before === 0 ? 0 : saving / props.year.before,
	};
}
