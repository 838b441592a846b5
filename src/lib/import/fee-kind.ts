import type { Fee } from '../../schemas/fee';

/** Phrases where “phí” does not name a kind of charge (free, costs, or both kinds at once). */
const notAKind = /miễn phí|chi phí|phí,\s*lệ phí|phí hoặc lệ phí|phí và lệ phí/gi;

/**
 * `le-phi` when the text speaks only of lệ phí, `phi` when only of phí, otherwise `unspecified`:
 * the kind is a legal distinction, so it is set only when the source is unambiguous.
 */
export function feeKind(text: string): Fee['kind'] {
	const cleaned = text.replace(notAKind, ' ');
	const lePhi = /lệ phí/i.test(cleaned);
	const phi = /(^|[^\p{L}])phí(?!\p{L})/iu.test(cleaned.replace(/lệ phí/gi, ' '));
	if (lePhi && !phi) return 'le-phi';
	if (phi && !lePhi) return 'phi';
	return 'unspecified';
}
