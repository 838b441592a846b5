import type { Fee } from '../../schemas/fee';
import { noInfo, oneLine } from './clean-text';
import { feeKind } from './fee-kind';
import { draft, type FlagDraft } from './flags';
import { firstDongAmount, parseAmountCell } from './parse-amount';
import { findTemporaryRate, type TemporaryRateValue } from './parse-temporary-rate';

/** A fee as the schema takes it. */
export interface FeeValue {
	kind: Fee['kind'];
	amount?: number;
	asWritten: string;
	conditions?: string;
	exemptions?: string;
	temporaryRate?: TemporaryRateValue;
}

/** The cells of a channel row that speak about money. */
export interface FeeCells {
	fee: string;
	note: string;
	description: string;
}

/** A note that grants exemptions or reductions (“Miễn lệ phí đối với…”, “giảm 50%… cho…”). */
const exemptionClause = /(miễn|giảm)[^.;]*?(đối với|cho)/i;

/**
 * Interprets the fee cell of a channel with its note: amount in whole đồng as written (never
 * corrected), kind, exemptions or conditions, a temporary rate, and flags for doubtful values.
 */
export function parseFee(cells: FeeCells): { fees: FeeValue[]; flags: FlagDraft[] } {
	const asWritten = oneLine(cells.fee);
	const note = oneLine(cells.note);
	const missing = asWritten === '' || asWritten === noInfo;
	if (missing && note === '') {
		return {
			fees: [],
			flags: [draft('fee-missing', 'Nguồn không ghi phí, lệ phí — đang được xác minh.')],
		};
	}
	const flags: FlagDraft[] = [];
	const fee: FeeValue = { kind: feeKind(`${asWritten} ${note} ${cells.description}`), asWritten };
	if (missing)
		flags.push(draft('fee-missing', 'Nguồn không ghi mức phí, lệ phí — đang được xác minh.'));
	else if (asWritten === 'Miễn phí') fee.amount = 0;
	else flags.push(...readAmount(asWritten, fee));
	if (note) {
		const plain = note.replace(/^[(\s-]+/, '');
		if (/^(miễn|giảm)/i.test(plain)) fee.exemptions = note;
		else fee.conditions = note;
	}
	const rate = findTemporaryRate(`${note} ${oneLine(cells.description)}`);
	if (rate) fee.temporaryRate = rate;
	flags.push(...amountDoubts(fee, note));
	return { fees: [orderFee(fee)], flags };
}

/** Sets the amount of a written fee, or explains why it cannot be read as đồng. */
function readAmount(asWritten: string, fee: FeeValue): FlagDraft[] {
	const amount = parseAmountCell(asWritten);
	if (amount.kind === 'dong') {
		fee.amount = amount.value;
		return [];
	}
	if (amount.kind === 'foreign') {
		return [
			draft(
				'parse-uncertain',
				`Mức phí ghi bằng ngoại tệ (“${asWritten}”); không quy đổi sang đồng — đang được xác minh.`,
				asWritten,
				'amount'
			),
		];
	}
	return [
		draft(
			'parse-uncertain',
			`Không đọc được mức phí “${asWritten}” — đang được xác minh.`,
			asWritten,
			'amount'
		),
	];
}

/** Flags amounts the national database is known to get wrong: `1 VNĐ`, lost thousands, “free” with exemptions. */
function amountDoubts(fee: FeeValue, note: string): FlagDraft[] {
	const { amount, asWritten } = fee;
	if (amount === 1) {
		return [
			draft(
				'fee-placeholder',
				`Mức phí ghi “${asWritten}” là giá trị giữ chỗ trong CSDL quốc gia (thường nghĩa là miễn phí khi nộp trực tuyến) — đang được xác minh.`,
				asWritten,
				'amount'
			),
		];
	}
	if (amount !== undefined && amount > 1 && amount < 1000) {
		const noted = fee.temporaryRate?.amount ?? firstDongAmount(note);
		const beside =
			noted !== undefined && noted >= 1000
				? ` trong khi ghi chú nêu ${formatDong(noted)} đồng`
				: '';
		return [
			draft(
				'fee-lost-thousands',
				`Mức phí ghi “${asWritten}”${beside}: có thể CSDL quốc gia đã mất phần nghìn — giữ nguyên như nguồn, đang được xác minh.`,
				asWritten,
				'amount'
			),
		];
	}
	if (amount === 0 && exemptionClause.test(note)) {
		return [
			draft(
				'fee-inconsistent',
				'Phí ghi “Miễn phí” nhưng ghi chú lại nêu các trường hợp được miễn, giảm — mức phí thực tế đang được xác minh.',
				asWritten,
				'amount'
			),
		];
	}
	return [];
}

/** Writes đồng the Vietnamese way, with dots between thousands: 25000 → “25.000”. */
export function formatDong(amount: number): string {
	return String(amount).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** The fee with its keys in schema order, so files read the same whatever order they were set in. */
export function orderFee(fee: FeeValue): FeeValue {
	const { kind, amount, asWritten, conditions, exemptions, temporaryRate } = fee;
	return {
		kind,
		...(amount === undefined ? {} : { amount }),
		asWritten,
		...(conditions === undefined ? {} : { conditions }),
		...(exemptions === undefined ? {} : { exemptions }),
		...(temporaryRate === undefined ? {} : { temporaryRate }),
	};
}
