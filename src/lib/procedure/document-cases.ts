import type { DocumentGroup } from '../../schemas/document';
import { foldVi } from '../text/fold';

/** The documents split for the “Bạn thuộc trường hợp nào?” chooser. */
export interface DocumentCases {
	/** Indexes of the groups everyone hands in (no case, or a part of every dossier). */
	common: number[];
	/** The groups that are alternatives, one per case, with a short label for the chooser. */
	cases: { index: number; label: string }[];
}

/**
 * Group headings that are parts of every dossier, not alternatives: papers to hand in and to
 * show, notes, “depending on the case, also…”, and the two sides of an adoption dossier.
 */
const everyDossier =
	/^(luu y|giay to phai (nop|xuat trinh)|tuy tung truong hop|thanh phan ho so|ho so cua nguoi)/;

/** A case heading without its list marker and final colon: “a) Trường hợp …:” → “Trường hợp …”. */
export function caseLabel(text: string): string {
	return text
		.trim()
		.replace(/^(?:[*•-]+\s*|\d{1,2}[.)]\s*|[a-zđ][.)]\s*)+/iu, '')
		.replace(/[\s:;.]+$/u, '')
		.trim();
}

/**
 * Splits the document groups into those everyone needs and the alternative cases. The chooser is
 * offered only when there are two cases or more; otherwise everything is common.
 */
export function documentCases(groups: readonly DocumentGroup[]): DocumentCases {
	const common: number[] = [];
	const cases: DocumentCases['cases'] = [];
	groups.forEach((group, index) => {
		const label = group.case ? caseLabel(group.case) : '';
		if (!label || everyDossier.test(foldVi(label))) common.push(index);
		else cases.push({ index, label });
	});
	if (cases.length < 2) return { common: groups.map((_, index) => index), cases: [] };
	return { common, cases };
}

/** The key under which a checklist’s ticks are kept in the browser, one per procedure. */
export function checklistKey(code: string | null, id: string): string {
	return `tthc:giay-to:${code ?? id}`;
}
