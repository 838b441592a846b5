import type { ProcedureEntry } from '../procedure/entry';
import type { StateData } from '../../schemas/state-data';
import {
	onceOnlyCandidates,
	replaceableKinds,
	type Candidate,
	type PaperLookup,
} from './candidates';
import { kindLabel } from './kinds';

/** A prefilled REA.4 finding (thành phần hồ sơ) for one candidate: what `review -- new` writes. */
export interface OnceOnlyProposal {
	/** Canonical kind of the paper. */
	kind: Candidate['kind'];
	/** The document line as the source writes it. */
	document: string;
	/** Name of the database that holds the data. */
	database: string;
	/** Lý do: why the paper need not be asked for. */
	reason: string;
	/** Đề xuất: “Thay thế bằng khai thác …”. */
	proposal: string;
}

/** Longest part of a document line quoted in a proposal, so that the sentence stays readable. */
const quoteLength = 160;

/**
 * The REA.4 proposals of a procedure: one per candidate paper (a kind asked for in several
 * cases of the list gives one proposal), in the order of the document list.
 */
export function onceOnlyProposals(procedure: ProcedureEntry, table: StateData): OnceOnlyProposal[] {
	const seen = new Set<string>();
	return onceOnlyCandidates(procedure, table).flatMap((candidate) => {
		if (seen.has(candidate.kind)) return [];
		seen.add(candidate.kind);
		return [proposalOf(candidate)];
	});
}

/**
 * What the review plan weighs: candidate papers (one per kind) and the databases holding them,
 * from the papers of a procedure a lookup might replace (its summary keeps them; see
 * {@link paperLookups}): as many papers as {@link onceOnlyProposals} makes proposals.
 */
export function onceOnlyFacts(
	papers: readonly PaperLookup[],
	table: StateData
): { papers: number; databases: string[] } {
	const kinds = replaceableKinds(papers, table);
	return {
		papers: kinds.length,
		databases: [...new Set(kinds.map(({ database }) => database.name))],
	};
}

/** The proposal text of one candidate. */
export function proposalOf({
	kind,
	line,
	holding,
	database,
	sourceSays,
}: Candidate): OnceOnlyProposal {
	const document = shorten(line.name.replace(/^[\s\-–+*•]+/, ''));
	const bases = holding.basis.map((basis) => basis.document).join(', ');
	const unverified = holding.verified ? '' : ' (căn cứ chưa đối chiếu văn bản)';
	const already = sourceSays
		? ' Thủ tục đã ghi không phải nộp khi khai thác được dữ liệu; đề xuất bỏ hẳn yêu cầu nộp, chỉ yêu cầu khi cơ quan không khai thác được.'
		: '';
	return {
		kind,
		document: line.name,
		database: database.name,
		reason:
			`${kindLabel(kind)} đã có trong ${database.name}; cơ quan giải quyết có thể khai thác ` +
			`thay cho việc người dân nộp giấy tờ (căn cứ: ${bases}${unverified}).`,
		proposal: `Thay thế bằng khai thác ${database.name}: bỏ thành phần hồ sơ “${document}”.${already}`,
	};
}

/** Cuts a long line at a word boundary, with an ellipsis. */
function shorten(text: string): string {
	if (text.length <= quoteLength) return text;
	const cut = text.slice(0, quoteLength);
	return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}
