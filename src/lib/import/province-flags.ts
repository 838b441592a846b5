import type { Flag } from '../../schemas/flag';
import { otherProvinceFlag, otherProvinces } from '../procedure/provinces';
import type { AgenciesValue } from './map-agencies';

/**
 * Flags each agency value that names another province than `own` (the department’s, from the
 * organisation settings; `null` counts every named province as another): the national list is
 * common to every province, so “Sở Tư pháp Thành phố Hà Nội” there was copied from one
 * province’s list. The page still shows the agency without the other province’s name; the flag
 * says so once, beside the value, and lets `npm run check` list it for verifying.
 */
export function otherProvinceAgencyFlags(agencies: AgenciesValue, own: string | null): Flag[] {
	return Object.entries(agencies).flatMap(([key, text]) =>
		text && otherProvinces(text, own).length > 0 ? [otherProvinceFlag(`agencies.${key}`, text)] : []
	);
}

/**
 * The flag for a legacy row whose note describes the channels of another province (“Hình thức
 * nộp (Vĩnh Phúc): …”): the channels were read from it and may differ here.
 */
export function otherProvinceNoteFlag(note: string, own: string | null): Flag[] {
	const others = otherProvinces(note, own);
	if (others.length === 0) return [];
	return [
		{
			code: 'parse-uncertain',
			path: 'channels',
			message: `Cách nộp lấy từ ghi chú của nguồn về ${others.join(', ')}, một tỉnh, thành phố khác; ở tỉnh này có thể khác — đang được xác minh.`,
			asWritten: note.trim(),
		},
	];
}
