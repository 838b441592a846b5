import { compareScm, computeScm, zeroScm, type ScmInput } from '../review/scm';
import { foldVi } from '../text/fold';
import type { PaperCost, StateData } from '../../schemas/state-data';
import type { FigureOrigin } from '../../schemas/figure-source';
import type { Candidate } from './candidates';

/** One input of a saving, with where it comes from, for the page to show beside the result. */
export interface SavingInput {
	name: string;
	hours: number;
	fee: number;
	from: { hours: FigureOrigin; fee: FigureOrigin };
	note: string;
}

/** What dropping one candidate saves the applicants of a procedure each year. */
export interface CandidateSaving {
	/** Hours and đồng per dossier. */
	perDossier: { hours: number; dong: number };
	/** Dossiers per year the saving is multiplied by. */
	dossiersPerYear: number;
	/** Hours and đồng per year (Standard Cost Model, src/lib/review/scm.ts). */
	perYear: { hours: number; dong: number };
	inputs: SavingInput[];
}

/**
 * Whether the line asks for a certified copy: it counts copies or says “bản sao”, and does not
 * also accept the original (“bản chính hoặc bản sao”, “xuất trình bản chính”), in which case the
 * applicant may show the original and pays nothing for a copy (low-average figures, domain.md §5).
 */
export function asksForCopy(
	line: Pick<Candidate['line'], 'name' | 'originals' | 'copies'>
): boolean {
	const folded = foldVi(line.name);
	if (line.originals > 0 && /\b(ban chinh|xuat trinh)\b/.test(folded)) return false;
	return line.copies > 0 || /\bban sao\b/.test(folded);
}

/**
 * The yearly saving of dropping a candidate: the time and fees of obtaining the paper (for papers
 * issued for the occasion, such as a criminal-record certificate) and of certifying a copy (when
 * the line asks for one), × dossiers per year, costed at the hourly income W.
 */
export function candidateSaving(
	candidate: Candidate,
	table: StateData,
	hourlyIncome: number,
	dossiersPerYear: number
): CandidateSaving {
	const inputs: SavingInput[] = [];
	if (candidate.holding.obtain) inputs.push(inputOf('Xin cấp giấy tờ', candidate.holding.obtain));
	if (asksForCopy(candidate.line)) inputs.push(inputOf('Chứng thực bản sao', table.certifiedCopy));
	const input: ScmInput = {
		hourlyIncome,
		activities: inputs.map(({ name, hours }) => ({ name, hours })),
		fees: 0,
		otherCosts: inputs.map(({ name, fee }) => ({ name, amount: fee })),
		timesPerYear: 1,
		subjectsPerYear: dossiersPerYear,
	};
	const before = computeScm(input);
	return {
		perDossier: { hours: before.hours, dong: before.perCase },
		dossiersPerYear,
		perYear: { hours: before.hoursPerYear, dong: compareScm(before, zeroScm).saving },
		inputs,
	};
}

function inputOf(name: string, cost: PaperCost): SavingInput {
	return {
		name,
		hours: cost.hours.value,
		fee: cost.fee.value,
		from: { hours: cost.hours.from, fee: cost.fee.from },
		note: [cost.hours.note, cost.fee.note].filter(Boolean).join(' '),
	};
}
