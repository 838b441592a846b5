import { legalNumberPattern } from '../../schemas/legal-ref';
import { oneLine } from './clean-text';
import { findLegalNumbers } from './find-legal-numbers';
import { legalIssuer, legalType } from './legal-issuers';
import { splitOutsideParens } from './parentheses';
import type { LegalRefValue, SplitLegalBasis } from './split-legal-basis';

/**
 * Reads the legal basis column of a legacy row, a list such as “Luật Lý lịch tư pháp 28/2009/QH12;
 * Nghị định 111/2010/NĐ-CP; Thông tư 06/2024/TT-BTP (mẫu 03/2024/LLTP…)”: one document per item,
 * numbered by the first number in it, titled by the item as written.
 */
export function parseLegacyLegalBasis(text: string): SplitLegalBasis {
	const refs: LegalRefValue[] = [];
	const uncertain: string[] = [];
	for (const part of splitOutsideParens(oneLine(text), ';')) {
		const item = part.trim();
		if (item === '') continue;
		const [first] = findLegalNumbers(item);
		if (!first || first.guessed || !legalNumberPattern.test(first.number)) {
			uncertain.push(item);
			continue;
		}
		if (refs.some((ref) => ref.number === first.number)) continue;
		const symbol = first.number.split('/')[2] ?? '';
		const ref: LegalRefValue = { number: first.number };
		const type = legalType(symbol, item.slice(0, first.start), item);
		if (type) ref.type = type;
		ref.title = item;
		const issuer = legalIssuer(symbol);
		if (issuer) ref.issuer = issuer;
		refs.push(ref);
	}
	return { refs, uncertain };
}
