import type { Procedure } from '../../schemas/procedure';

// Runs in the search island too: type imports only, so no schema (zod) code ships to the browser.

/** How a list, a card or the open data names where a commune-level procedure is filed. */
export const communeDeskLine = 'Nộp tại UBND xã, phường nơi cư trú';

/**
 * Whether the commune People’s Committee carries the procedure out and the province does not:
 * birth, marriage and death registration, certified copies… The province lists and reviews them,
 * but a citizen files them at the commune or ward where they live.
 */
export function isCommuneLevel(data: Pick<Procedure, 'level'>): boolean {
	return data.level.includes('commune') && !data.level.includes('province');
}
