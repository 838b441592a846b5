import type { LegalRef } from '../../schemas/legal-ref';
import { formatDate } from '../format/vi';

/**
 * A legal reference as one line around its number, e.g. “Luật” **28/2009/QH12** “của Quốc hội –
 * Luật Lý lịch tư pháp”. The title is left out when it only repeats kind and number. Every part
 * but the first starts with a space, as a template may add one between parts.
 */
export function legalRefParts(ref: LegalRef): { before: string; number: string; after: string } {
	const repeats = !ref.title || ref.title.trim() === `${ref.type ?? ''} ${ref.number}`.trim();
	const after = [
		ref.date ? ` ngày ${formatDate(ref.date)}` : '',
		ref.issuer ? ` của ${ref.issuer}` : '',
		repeats ? '' : ` – ${ref.title}`,
	].join('');
	return { before: ref.type ? `${ref.type} ` : '', number: ref.number, after };
}
