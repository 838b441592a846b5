import type { TimeLimit } from '../../schemas/time-limit';
import { csvLine } from '../text/csv';
import { dossierChannelLabels, type DossierChannel } from './channel';
import { optionalColumns, requiredColumns } from './columns';
import {
	addWorkingDays,
	formatIsoDay,
	formatViDay,
	isWorkingDay,
	workingDaysBetween,
	type Day,
} from './days';
import { dueDate } from './due-date';
import { createRandom, pickIndex, shuffled, type Random } from './random';

/** A procedure that sample dossiers can be filed under. */
export interface SampleProcedure {
	/** Entry id. */
	id: string;
	/** National code, written in the `code` column; the id is written when there is none. */
	code: string | null;
	/** Field (lĩnh vực), which sets the procedure’s share of the volume. */
	field: string;
	/** How common the procedure is within its field, relative to 1 (see `nameWeight` in samples.ts). */
	frequency: number;
	/**
	 * Channels it accepts, each with its time limit; none means in person with the fallback limit.
	 * A channel the catalogue cannot name yet (`unspecified`) is taken as in person.
	 */
	channels: { kind: DossierChannel; timeLimit?: Pick<TimeLimit, 'value' | 'unit'> }[];
	/** First day it took dossiers, when it started during the period (a procedure with a new code). */
	from?: Day;
	/** Last day it took dossiers, when it stopped during the period (transferred, repealed…). */
	until?: Day;
}

/** Everything that shapes a sample; the same spec always gives the same rows. */
export interface SampleSpec {
	/** Seed of the pseudo-random source. */
	seed: string;
	/** First and last day of receipt. */
	from: Day;
	to: Day;
	/** Day of the export: dossiers not resolved by then are pending. */
	asOf: Day;
	/** Number of dossiers to generate. */
	total: number;
	procedures: SampleProcedure[];
	/** Relative volume of each field; fields not listed weigh 1. */
	fieldWeights: Record<string, number>;
	/** Zipf exponent inside a field: higher means a few procedures carry more of its volume. */
	skew: number;
	/** Shares: of dossiers filed online and by post; of resolved ones late and on the due date; of late ones with a slip in time; of dossiers that stall and stay pending. */
	shares: {
		online: number;
		postal: number;
		late: number;
		onTime: number;
		apology: number;
		stalled: number;
	};
	/** Periods with fewer dossiers, e.g. Tết; `weight` multiplies the normal daily volume. */
	quietPeriods: { from: Day; to: Day; weight: number }[];
	/** Limit in working days for a channel without a usable time limit. */
	fallbackWorkingDays: number;
	/** `vi` writes dd/mm/yyyy as one-stop systems export; `iso` writes yyyy-mm-dd. */
	dateFormat: 'vi' | 'iso';
}

/** One generated dossier. */
export interface SampleDossier {
	code: string;
	received: Day;
	due: Day;
	finished: Day | null;
	channel: DossierChannel;
	apology: Day | null;
}

/** Share of a weekday’s volume that arrives online on a Saturday or Sunday. */
const weekendWeight = 0.08;

/**
 * Generates sample dossiers day by day, in order of receipt, without holding them: a million rows
 * stream in constant memory. Volumes per day are fixed first (so the total is exact), then each
 * dossier draws its procedure, channel and outcome.
 */
export function* generateDossiers(spec: SampleSpec): Generator<SampleDossier> {
	const random = createRandom(spec.seed);
	const weights = procedureWeights(spec, random);
	const counts = dailyCounts(spec, random);
	for (let index = 0; index < counts.length; index += 1) {
		const day = spec.from + index;
		const weekend = !isWorkingDay(day);
		const candidates = spec.procedures
			.map((procedure, position) => ({ procedure, weight: weights[position]! }))
			.filter(
				({ procedure }) =>
					(procedure.from === undefined || day >= procedure.from) &&
					(procedure.until === undefined || day <= procedure.until) &&
					(!weekend || offers(procedure, 'online'))
			);
		if (candidates.length === 0) continue;
		const cumulative = cumulate(candidates.map((candidate) => candidate.weight));
		for (let made = 0; made < counts[index]!; made += 1) {
			const { procedure } = candidates[pickIndex(cumulative, random)]!;
			yield dossier(spec, procedure, day, weekend, random);
		}
	}
}

/**
 * Each procedure’s weight: its field’s weight split by a Zipf law over the procedures ranked by
 * `frequency` (ties in a seeded order), times that frequency, so a few procedures carry most of
 * the volume and the common kinds of request come first.
 */
function procedureWeights(spec: SampleSpec, random: Random): number[] {
	const byField = new Map<string, number[]>();
	spec.procedures.forEach((procedure, position) => {
		byField.set(procedure.field, [...(byField.get(procedure.field) ?? []), position]);
	});
	const weights = new Array<number>(spec.procedures.length).fill(0);
	for (const [field, positions] of [...byField].sort(([a], [b]) => a.localeCompare(b))) {
		const order = shuffled(positions, random).sort(
			(a, b) => spec.procedures[b]!.frequency - spec.procedures[a]!.frequency
		);
		const raw = order.map(
			(position, rank) => spec.procedures[position]!.frequency / (rank + 1) ** spec.skew
		);
		const sum = raw.reduce((total, weight) => total + weight, 0);
		order.forEach((position, rank) => {
			weights[position] = ((spec.fieldWeights[field] ?? 1) * raw[rank]!) / sum;
		});
	}
	return weights;
}

/** Dossiers per day, summing exactly to the total (largest remainders), with some daily noise. */
function dailyCounts(spec: SampleSpec, random: Random): number[] {
	const days = spec.to - spec.from + 1;
	const weights = Array.from({ length: days }, (_, index) => {
		const day = spec.from + index;
		const quiet = spec.quietPeriods.find((period) => day >= period.from && day <= period.to);
		const base = isWorkingDay(day) ? 1 : weekendWeight;
		return base * (quiet?.weight ?? 1) * (0.7 + 0.6 * random.next());
	});
	const sum = weights.reduce((total, weight) => total + weight, 0);
	const exact = weights.map((weight) => (spec.total * weight) / sum);
	const counts = exact.map(Math.floor);
	let left = spec.total - counts.reduce((total, count) => total + count, 0);
	const byRemainder = exact
		.map((value, index) => ({ index, rest: value - Math.floor(value) }))
		.sort((a, b) => b.rest - a.rest || a.index - b.index);
	for (const { index } of byRemainder) {
		if (left-- <= 0) break;
		counts[index]! += 1;
	}
	return counts;
}

function dossier(
	spec: SampleSpec,
	procedure: SampleProcedure,
	received: Day,
	weekend: boolean,
	random: Random
): SampleDossier {
	const channel = weekend ? 'online' : pickChannel(procedure, spec.shares, random);
	const limit = procedure.channels.find((candidate) => candidate.kind === channel)?.timeLimit;
	const due = dueDate(received, limit, spec.fallbackWorkingDays);
	let finished: Day | null = resolution(received, due, spec.shares, random);
	let apology: Day | null = null;
	if (finished > due) apology = apologyDay(received, due, spec.shares.apology, random);
	if (finished > spec.asOf || random.chance(spec.shares.stalled)) finished = null;
	if (apology !== null && apology > spec.asOf) apology = null;
	return { code: procedure.code ?? procedure.id, received, due, finished, channel, apology };
}

function offers(procedure: SampleProcedure, kind: DossierChannel): boolean {
	return procedure.channels.some((channel) => channel.kind === kind);
}

function pickChannel(
	procedure: SampleProcedure,
	shares: SampleSpec['shares'],
	random: Random
): DossierChannel {
	const draw = random.next();
	if (draw < shares.online && offers(procedure, 'online')) return 'online';
	if (draw >= shares.online && draw < shares.online + shares.postal && offers(procedure, 'postal'))
		return 'postal';
	if (offers(procedure, 'in-person') || procedure.channels.length === 0) return 'in-person';
	return procedure.channels[0]!.kind;
}

/** Resolution day: late after the due day, on it, or early, mostly in the second half of the limit. */
function resolution(received: Day, due: Day, shares: SampleSpec['shares'], random: Random): Day {
	const draw = random.next();
	if (draw < shares.late)
		return addWorkingDays(due, random.chance(0.7) ? random.int(1, 3) : random.int(4, 12));
	if (draw < shares.late + shares.onTime && isWorkingDay(due)) return due;
	const available = workingDaysBetween(received, due) - (isWorkingDay(due) ? 1 : 0);
	const earliest = isWorkingDay(received) ? 0 : 1;
	if (available < earliest) return due;
	const lowest = Math.min(available, Math.max(earliest, Math.round(available * 0.3)));
	return addWorkingDays(received, random.int(lowest, available));
}

/** An apology slip for a late dossier: in time (1–3 days ahead) for `share` of them, else late or none. */
function apologyDay(received: Day, due: Day, share: number, random: Random): Day | null {
	if (random.chance(share)) return Math.max(received, due - random.int(1, 3));
	return random.chance(0.3) ? due + random.int(1, 2) : null;
}

function cumulate(weights: number[]): number[] {
	let sum = 0;
	return weights.map((weight) => (sum += weight));
}

/** Header of generated files: every column the import reads. */
export const sampleHeader = [...requiredColumns, ...optionalColumns];

/** Writes generated dossiers as CSV lines, header first, as a one-stop export would. */
export function* sampleCsvLines(
	dossiers: Iterable<SampleDossier>,
	dateFormat: SampleSpec['dateFormat']
): Generator<string> {
	const date = dateFormat === 'vi' ? formatViDay : formatIsoDay;
	yield csvLine(sampleHeader);
	for (const row of dossiers) {
		yield csvLine([
			row.code,
			date(row.received),
			date(row.due),
			row.finished === null ? '' : date(row.finished),
			dossierChannelLabels[row.channel],
			row.apology === null ? '' : date(row.apology),
			row.finished === null ? 'Đang giải quyết' : 'Đã trả kết quả',
		]);
	}
}
