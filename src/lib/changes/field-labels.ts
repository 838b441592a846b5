import { trackedFields, type TrackedField } from '../../schemas/change-set';

/** What each followed field is called on the site, as a citizen reads it. */
export const fieldLabels: Record<TrackedField, string> = {
	name: 'Tên thủ tục',
	status: 'Tình trạng',
	agency: 'Cơ quan thực hiện',
	channels: 'Cách thức nộp',
	online: 'Mức độ trực tuyến',
	fees: 'Phí, lệ phí',
	timeLimit: 'Thời hạn giải quyết',
	documents: 'Thành phần hồ sơ',
	steps: 'Trình tự thực hiện',
	legalBasis: 'Căn cứ pháp lý',
};

/** The address part of each field’s filter page and feed, e.g. `/thay-doi/phi-le-phi/`. */
export const fieldSlugs: Record<TrackedField, string> = {
	name: 'ten-thu-tuc',
	status: 'tinh-trang',
	agency: 'co-quan',
	channels: 'cach-nop',
	online: 'truc-tuyen',
	fees: 'phi-le-phi',
	timeLimit: 'thoi-han',
	documents: 'ho-so',
	steps: 'trinh-tu',
	legalBasis: 'can-cu-phap-ly',
};

/** The field a slug names, or `undefined`. */
export function fieldOfSlug(slug: string): TrackedField | undefined {
	return trackedFields.find((field) => fieldSlugs[field] === slug);
}
