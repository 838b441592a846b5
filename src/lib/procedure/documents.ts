import type { DocumentItem } from '../../schemas/document';

/** Says how many papers to hand in, e.g. “1 bản chính, 2 bản sao”; `null` when the source gives no count. */
export function formatQuantity(item: Pick<DocumentItem, 'originals' | 'copies'>): string | null {
	const parts = [
		item.originals > 0 ? `${item.originals} bản chính` : '',
		item.copies > 0 ? `${item.copies} bản sao` : '',
	].filter(Boolean);
	return parts.length > 0 ? parts.join(', ') : null;
}

/** Number of papers in the checklist, across all cases. */
export function documentCount(groups: readonly { items: readonly unknown[] }[]): number {
	return groups.reduce((sum, group) => sum + group.items.length, 0);
}
