/**
 * What a citizen’s document checklist remembers in the browser (localStorage, one entry per
 * procedure): the papers ticked, as `group-item` indexes, and the case chosen (`''` for all).
 * Runs in the page script: no imports, nothing that would ship more than these few lines.
 */
export interface ChecklistState {
	ticked: string[];
	chosenCase: string;
}

const empty: ChecklistState = { ticked: [], chosenCase: '' };

/** Reads a stored state; anything missing or malformed reads as nothing ticked, all cases. */
export function readChecklist(stored: string | null): ChecklistState {
	if (!stored) return { ...empty };
	try {
		const value = JSON.parse(stored) as Partial<ChecklistState>;
		const ticked = Array.isArray(value.ticked)
			? value.ticked.filter((item): item is string => typeof item === 'string')
			: [];
		const chosenCase = typeof value.chosenCase === 'string' ? value.chosenCase : '';
		return { ticked, chosenCase };
	} catch {
		return { ...empty };
	}
}

/** Writes a state for storage. */
export function writeChecklist(state: ChecklistState): string {
	return JSON.stringify({
		ticked: [...new Set(state.ticked)].sort(),
		chosenCase: state.chosenCase,
	});
}
