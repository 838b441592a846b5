import { channelLabels } from '../../../schemas/channel';
import type { Procedure } from '../../../schemas/procedure';
import type { ReviewRecord } from '../../../schemas/review-record';
import { formatDate, formatNumber } from '../../format/vi';
import { feeInForce } from '../fees/fee-in-force';
import { baselineChannel } from './baseline-channel';

/** The dossiers of the year before the review, as the dossier files count them. */
export interface PriorVolume {
	/** Calendar year counted (the review year − 1). */
	year: number;
	/** Dossiers received; `undefined` when the files hold no dossier of that year. */
	received?: number;
	/** Whether the count comes from generated sample files. */
	sample: boolean;
}

/**
 * The activities every applicant goes through (domain.md §5; the list itself is common practice,
 * not a legal list), with no hours yet: the officer estimates or surveys them.
 */
const standardActivities = [
	['tim-hieu', 'Tìm hiểu quy định, thủ tục'],
	['chuan-bi-ho-so', 'Chuẩn bị, hoàn thiện hồ sơ'],
	['nop-ho-so', 'Đi lại, chờ nộp hồ sơ'],
	['nhan-ket-qua', 'Đi lại, nhận kết quả'],
] as const;

const feeKindNames = { phi: 'Phí', 'le-phi': 'Lệ phí', unspecified: 'Phí, lệ phí' } as const;
const feeKeys = { phi: 'phi', 'le-phi': 'le-phi', unspecified: 'phi-le-phi' } as const;

/** Fee lines of the baseline channel at the amounts in force in `year`, and the fees left out. */
function feeLines(procedure: Procedure, year: number) {
	const channel = baselineChannel(procedure);
	const lines: Record<string, unknown>[] = [];
	const missing: string[] = [];
	const used = new Set<string>();
	for (const fee of channel?.fees ?? []) {
		const amount = feeInForce(fee, year);
		if (!amount) {
			missing.push(fee.asWritten || feeKindNames[fee.kind]);
			continue;
		}
		let key: string = feeKeys[fee.kind];
		for (let n = 2; used.has(key); n += 1) key = `${feeKeys[fee.kind]}-${n}`;
		used.add(key);
		const rate = amount.temporary;
		const notes = [
			`Kênh ${channelLabels[channel!.kind].toLocaleLowerCase('vi')}`,
			...(rate
				? [
						`mức thu tạm thời theo ${rate.basis ?? 'văn bản giảm phí'}${rate.to ? ` đến ${formatDate(rate.to)}` : ''}, mức công bố ${formatNumber(fee.amount ?? 0)} đồng`,
					]
				: []),
		];
		lines.push({
			key,
			name: feeKindNames[fee.kind],
			amount: amount.amount,
			from: 'procedure',
			note: notes.join('; '),
		});
	}
	return { lines, missing };
}

/** The volume line: the dossiers of the year before, or a zero to fill in when there are none. */
function volumeLine(volume: PriorVolume): Record<string, unknown> {
	if (volume.received === undefined) {
		return {
			value: 0,
			from: 'estimate',
			note: `Chưa có số liệu hồ sơ năm ${volume.year} trong content/dossiers/: cần bổ sung số hồ sơ mỗi năm`,
		};
	}
	return {
		value: volume.received,
		from: 'dossiers',
		note: `Số hồ sơ tiếp nhận năm ${volume.year} theo content/dossiers/${volume.sample ? ' (dữ liệu mẫu)' : ''}`,
	};
}

/**
 * The cost inputs of a new review: fees and the time limit of the baseline channel from the
 * procedure (temporary rates of the review year included), the volume of the year before from
 * the dossier files, and the activities and other costs of the previous review, or the standard
 * activities with hours still to estimate.
 */
export function draftCost(
	procedure: Procedure,
	year: number,
	volume: PriorVolume,
	previous?: ReviewRecord
): { cost: Record<string, unknown>; missingFees: string[] } {
	const { lines, missing } = feeLines(procedure, year);
	const limit = baselineChannel(procedure)?.timeLimit;
	const carried = (note?: string) =>
		[note, `theo bản rà soát năm ${previous!.year}`].filter(Boolean).join('; ');
	const activities = previous
		? previous.cost.activities.map((line) => ({ ...line, note: carried(line.note) }))
		: standardActivities.map(([key, name]) => ({
				key,
				name,
				hours: 0,
				from: 'estimate',
				note: 'Cần ước tính hoặc khảo sát số giờ',
			}));
	const otherCosts = (previous?.cost.otherCosts ?? []).map((line) => ({
		...line,
		note: carried(line.note),
	}));
	return {
		cost: {
			activities,
			fees: lines,
			otherCosts,
			dossiersPerYear: volumeLine(volume),
			...(limit?.value !== undefined && {
				timeLimit: { value: limit.value, unit: limit.unit, from: 'procedure' },
			}),
		},
		missingFees: missing,
	};
}
