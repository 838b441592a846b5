import type { ChangeSetKind, ProcedureChangeKind } from '../../schemas/change-set';

/** How each kind of change set is named on the site. */
export const changeSetKindLabels: Record<ChangeSetKind, string> = {
	baseline: 'Mốc ban đầu của nhật ký',
	import: 'Cập nhật từ Cơ sở dữ liệu quốc gia về thủ tục hành chính',
	'hand-edit': 'Sở Tư pháp cập nhật',
};

/** What happened to a procedure, in a few words. */
export const procedureChangeLabels: Record<ProcedureChangeKind, string> = {
	added: 'Thêm vào danh mục',
	changed: 'Thay đổi nội dung',
	transferred: 'Chuyển cơ quan giải quyết',
	replaced: 'Được thay bằng thủ tục khác',
	repealed: 'Bãi bỏ',
	unlisted: 'Không còn trong danh mục quốc gia',
	removed: 'Xóa khỏi danh mục của trang',
};
