import type { Procedure } from '../../schemas/procedure';
import { feeStatus, feeStatusLabels, formatFeeAmount } from './fees';
import { communeDeskLine, isCommuneLevel } from './level';
import { nowLine } from './status';
import { formatTimeLimit, shortestTimeLimit } from './time-limit';

/**
 * One line of what citizens scan a list for: the shortest time limit and the fee, e.g.
 * “5 ngày làm việc · Miễn phí” or “15 ngày làm việc · 800.000 đồng”.
 */
export function factsLine(data: Pick<Procedure, 'channels' | 'flags'>): string {
	const limit = shortestTimeLimit(data.channels);
	const time = limit ? formatTimeLimit(limit) : 'Chưa rõ thời hạn';
	const status = feeStatus(data.channels, data.flags);
	const amounts = new Set(
		data.channels.flatMap((channel) =>
			channel.fees.filter((fee) => fee.amount !== undefined).map(formatFeeAmount)
		)
	);
	const fee = status === 'paid' && amounts.size === 1 ? [...amounts][0] : feeStatusLabels[status];
	return `${time} · ${fee}`;
}

/**
 * The line a list shows under a procedure’s name: its facts while the Department handles it,
 * led for a commune-level procedure by where to file it (“Nộp tại UBND xã, phường nơi cư trú”)
 * and for another agency’s by whose it is;
 * afterwards where to go now, never the old time limit or fee.
 */
export function listLine(
	data: Pick<Procedure, 'channels' | 'flags' | 'status' | 'level' | 'otherAgency'>
): string {
	const now = nowLine(data.status);
	if (now) return now;
	if (data.otherAgency) return `Do ${data.otherAgency} giải quyết · ${factsLine(data)}`;
	return isCommuneLevel(data) ? `${communeDeskLine} · ${factsLine(data)}` : factsLine(data);
}
