import { z } from 'astro/zod';

/**
 * Citizen feedback per procedure for one year (phản ánh, kiến nghị: PAKN, complaints):
 * `content/review/feedback/<year>.md`. A ground of the annual plan (NĐ 63 Điều 30).
 */
export const feedbackSchema = z
	.object({
		/** Year the feedback was received, e.g. `2026`; must match the file name. */
		year: z.number().int().min(2000).max(2100),
		/** `true` for invented sample data: pages and the plan then say “Dữ liệu mẫu”. */
		sample: z.boolean().default(false),
		/** Where the counts come from, e.g. “Hệ thống PAKN của tỉnh, xuất ngày …”. */
		source: z.string().trim().min(1, 'expected where the counts come from'),
		/** Count per procedure id, e.g. `'2.002039': 4`; procedures not listed had none. */
		counts: z.record(
			z
				.number({ invalid_type_error: 'expected a whole number ≥ 0' })
				.int('expected a whole number ≥ 0')
				.nonnegative('expected a whole number ≥ 0')
		),
	})
	.strict();

export type Feedback = z.output<typeof feedbackSchema>;
