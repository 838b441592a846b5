import type { Channel } from '../../schemas/channel';
import type { Fee } from '../../schemas/fee';
import { formatDong } from '../format/vi';
import { formatFeeAmount } from './fees';

/** One charge as the fact box shows it. */
export interface FeeLine {
	/** “Phí”, “Lệ phí”, or `null` when neither the record nor its note says which. */
	label: 'Phí' | 'Lệ phí' | null;
	/** The amount as written for citizens, e.g. “800.000 đ”, “Miễn phí”. */
	text: string;
	/** The structured fee, or `undefined` for a charge read from the channel’s note. */
	fee?: Fee;
}

/** “Phí: 800.000 đồng” and “Lệ phí: 100.000 đồng” in a channel’s note, with their amounts. */
const notedCharge = /(?:^|[\n.;(]\s*)(lệ phí|phí)\s*:\s*(\d{1,3}(?:\.\d{3})+|\d+)\s*đồng/giu;

/** The phí and lệ phí amounts a note states, by kind (the first of each). */
export function notedCharges(note: string): { phi?: number; lePhi?: number } {
	const found: { phi?: number; lePhi?: number } = {};
	for (const match of note.matchAll(notedCharge)) {
		const amount = Number((match[2] ?? '').replace(/\./g, ''));
		if ((match[1] ?? '').toLocaleLowerCase('vi') === 'lệ phí') found.lePhi ??= amount;
		else found.phi ??= amount;
	}
	return found;
}

/**
 * The charges of a channel, each named phí or lệ phí where the record allows. The national
 * database often has one amount in the fee column and both charges in the note (“Phí: 800.000
 * đồng/hồ sơ … Lệ phí: 100.000 đồng/hồ sơ”): when the note’s phí is that amount, the amount is
 * the phí and the note’s lệ phí is shown beside it, so a citizen sees both. A note that agrees
 * with no amount adds nothing.
 */
export function feeLines(channel: Pick<Channel, 'fees' | 'description'>): FeeLine[] {
	const lines: FeeLine[] = channel.fees.map((fee) => ({
		label: fee.kind === 'phi' ? 'Phí' : fee.kind === 'le-phi' ? 'Lệ phí' : null,
		text: formatFeeAmount(fee),
		fee,
	}));
	const noted = notedCharges(channel.description ?? '');
	const amounts = channel.fees.map((fee) => fee.amount);
	if (noted.phi === undefined || noted.lePhi === undefined) return lines;
	const phi = lines.find((line) => line.fee?.amount === noted.phi && line.label !== 'Lệ phí');
	if (!phi) return lines;
	phi.label = 'Phí';
	if (!amounts.includes(noted.lePhi))
		lines.push({ label: 'Lệ phí', text: formatDong(noted.lePhi) });
	return lines;
}

/** The lowest and highest amount charged across channels, when they differ widely. */
export interface FeeGap {
	min: number;
	max: number;
}

/**
 * Whether the amounts charged differ widely between channels (the largest at least `ratio` times
 * the smallest), e.g. 9.000.000 đ in person but 50.000.000 đ by post: such a gap usually means
 * one amount is another cost, so the page asks the citizen to check before paying.
 */
export function wideFeeGap(channels: readonly Pick<Channel, 'fees'>[], ratio = 3): FeeGap | null {
	const totals = channels
		.map((channel) => channel.fees.reduce((sum, fee) => sum + (fee.amount ?? 0), 0))
		.filter((total) => total > 0);
	if (totals.length < 2) return null;
	const min = Math.min(...totals);
	const max = Math.max(...totals);
	return max >= ratio * min ? { min, max } : null;
}
