import type { Status } from '../../schemas/status';
import { formatDate } from '../format/vi';

/** Short Vietnamese labels of a procedure’s state, for lists and search results. */
export const statusLabels: Record<Status['state'], string> = {
	active: 'Đang áp dụng',
	transferred: 'Đã chuyển cơ quan khác',
	replaced: 'Đã được thay thế',
	repealed: 'Đã bãi bỏ',
	unlisted: 'Không còn trong danh mục quốc gia',
};

/**
 * One sentence that tells a citizen where to go now, e.g. “Từ ngày 01/07/2025, thủ tục này do
 * Công an cấp tỉnh giải quyết (mã 3.000333).” `null` for an active procedure.
 */
export function whereToGoNow(status: Status): string | null {
	const since = status.since ? `Từ ngày ${formatDate(status.since)}, ` : '';
	const successor = status.successor;
	const code = successor?.code ? ` (mã ${successor.code})` : '';
	switch (status.state) {
		case 'active':
			return null;
		case 'transferred':
			return `${since || 'Hiện nay, '}thủ tục này do ${successor?.agency ?? 'cơ quan khác'} giải quyết${code}.`;
		case 'replaced': {
			const name = successor?.name ? ` “${successor.name}”` : '';
			return `${since || ''}${since ? 'thủ tục' : 'Thủ tục'} này đã được thay bằng thủ tục${name}${code} do ${successor?.agency ?? 'cơ quan có thẩm quyền'} giải quyết.`;
		}
		case 'repealed':
			return `${since || ''}${since ? 'thủ tục' : 'Thủ tục'} này đã bị bãi bỏ.`;
		case 'unlisted':
			return 'Thủ tục này không còn trong danh mục thủ tục hành chính quốc gia hiện hành; cơ quan chưa xác nhận thủ tục thay thế.';
	}
}

/**
 * A few words for lists and search results in place of the old time limit and fee, e.g. “Nay do
 * Công an tỉnh giải quyết (mã 3.000333)”. `null` for an active procedure.
 */
export function nowLine(status: Status): string | null {
	const code = status.successor?.code ? ` (mã ${status.successor.code})` : '';
	switch (status.state) {
		case 'active':
			return null;
		case 'transferred':
			return `Nay do ${status.successor?.agency ?? 'cơ quan khác'} giải quyết${code}`;
		case 'replaced':
			return `Đã thay bằng thủ tục mới${code}`;
		case 'repealed':
			return 'Đã bãi bỏ';
		case 'unlisted':
			return 'Không còn trong danh mục quốc gia';
	}
}
