import type { Level } from '../../schemas/procedure';
import { foldVi } from '../text/fold';
import { oneLine } from './clean-text';

/** Levels by their folded Vietnamese label (“Cấp tỉnh” → `cap tinh`). */
const levelsByLabel: Record<string, Level> = {
	'cap bo': 'ministry',
	'cap tinh': 'province',
	'cap huyen': 'district',
	'cap xa': 'commune',
	'co quan khac': 'other',
};

/** Reads “Cấp bộ, Cấp tỉnh, Cấp xã”; labels it does not know become `other`, listed in `unknown`. */
export function parseLevels(text: string): { levels: Level[]; unknown: string[] } {
	const levels: Level[] = [];
	const unknown: string[] = [];
	for (const label of oneLine(text).split(',')) {
		const trimmed = label.trim();
		if (trimmed === '') continue;
		// `hasOwn`: a label such as “constructor” must not find the object’s inherited members.
		const folded = foldVi(trimmed);
		const level = Object.hasOwn(levelsByLabel, folded) ? levelsByLabel[folded] : undefined;
		if (!level) unknown.push(trimmed);
		const value = level ?? 'other';
		if (!levels.includes(value)) levels.push(value);
	}
	return { levels, unknown };
}
