import { foldVi } from '../text/fold';

/** Broad groups of applicants for the “who may apply” filter. */
export const applicantGroups = ['cong-dan', 'viet-kieu', 'nguoi-nuoc-ngoai', 'to-chuc'] as const;

export type ApplicantGroup = (typeof applicantGroups)[number];

/** Vietnamese labels for {@link applicantGroups}. */
export const applicantGroupLabels: Record<ApplicantGroup, string> = {
	'cong-dan': 'Công dân Việt Nam',
	'viet-kieu': 'Người Việt Nam ở nước ngoài',
	'nguoi-nuoc-ngoai': 'Người nước ngoài',
	'to-chuc': 'Tổ chức, doanh nghiệp',
};

/**
 * How the national database’s “đối tượng thực hiện” values map to the groups (folded text).
 * Officials (cán bộ, công chức) apply as citizens; “người không quốc tịch” as foreigners.
 */
const patterns: [ApplicantGroup, RegExp][] = [
	['viet-kieu', /viet nam (dinh )?cu (tru )?o nuoc ngoai/],
	['nguoi-nuoc-ngoai', /nguoi nuoc ngoai|khong quoc tich/],
	['to-chuc', /to chuc|doanh nghiep|hop tac xa|co quan/],
	['cong-dan', /cong dan|ca nhan|can bo|cong chuc|vien chuc/],
];

/** The groups that a procedure’s applicants fall in, in the order of {@link applicantGroups}. */
export function applicantGroupsOf(applicants: readonly string[]): ApplicantGroup[] {
	const found = new Set<ApplicantGroup>();
	for (const applicant of applicants) {
		const folded = foldVi(applicant);
		for (const [group, pattern] of patterns) {
			if (pattern.test(folded)) found.add(group);
		}
	}
	return applicantGroups.filter((group) => found.has(group));
}
