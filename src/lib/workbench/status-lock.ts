import { isDeepStrictEqual } from 'node:util';
import { isLocked, reviewStatuses, type ReviewStatus } from '../../schemas/review-status';

type Raw = Record<string, unknown>;

function statusOf(data: Raw): ReviewStatus | undefined {
	return (reviewStatuses as readonly unknown[]).includes(data.status)
		? (data.status as ReviewStatus)
		: undefined;
}

function withoutStatus(data: Raw): Raw {
	const { status: _status, history: _history, ...rest } = data;
	return rest;
}

/**
 * Why a save must be refused because the record on disk is adopted or later, or `undefined`.
 * Once the Chairman adopted the option, the record only moves on (sent to the ministry,
 * implemented) or is reopened with a reason; any other edit waits for the reopening.
 */
export function lockRefusal(current: Raw, next: Raw): string | undefined {
	const status = statusOf(current);
	if (!status || !isLocked(status)) return undefined;
	const before = Array.isArray(current.history) ? current.history : [];
	const after = Array.isArray(next.history) ? next.history : [];
	const movesOnly =
		isDeepStrictEqual(withoutStatus(current), withoutStatus(next)) &&
		after.length > before.length &&
		isDeepStrictEqual(after.slice(0, before.length), before);
	if (movesOnly) return undefined;
	return 'Phương án đã được thông qua: bản rà soát chỉ được chuyển bước tiếp theo, hoặc mở lại kèm lý do trước khi sửa.';
}
