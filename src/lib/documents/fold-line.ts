import { foldViSplittingJoinedWords } from '../text/fold';
import { memoByText } from '../text/memo-by-text';

/**
 * Folds a document line for the rule table. The national database runs table cells together
 * (“… thì nộpVăn bản đề nghị …”), so a capital that follows two lower-case letters starts a new
 * word first; “VNeID” keeps its shape (one lower-case letter before the capital). The rules read
 * a line several times (its kind, its lookup sentences, the kinds they mention): folded once.
 */
export const foldLine: (text: string) => string = memoByText(
	foldViSplittingJoinedWords,
	// Every line and sentence of a few thousand procedures; beyond that, lines are folded again.
	100_000
);
