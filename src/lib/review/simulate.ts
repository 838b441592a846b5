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
	changes: { kind: ChangeKind; label: string; what: string; effects: EffectModel }[];
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
