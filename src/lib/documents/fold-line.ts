import { foldVi } from '../text/fold';

/**
 * Folds a document line for the rule table. The national database runs table cells together
 * (“… thì nộpVăn bản đề nghị …”), so a capital that follows two lower-case letters starts a new
 * word first; “VNeID” keeps its shape (one lower-case letter before the capital).
 */
export function foldLine(text: string): string {
	return foldVi(text.replace(/(\p{Ll}{2})(\p{Lu})/gu, '$1 $2'));
}
