import { z } from 'astro/zod';
import { boundedNumber } from './primitives';

/**
 * Citizen feedback per procedure for one year (phản ánh, kiến nghị: PAKN, complaints):
 * `content/review/feedback/<year>.md`. A ground of the annual plan (NĐ 63 Điều 30).
 */
export const feedbackSchema = z
	.object({
		/** Year the feedback was received, e.g. `2026`; must match the file name. */
		year: boundedNumber('cần một năm từ 2000 đến 2100, ví dụ 2026', 2000, 2100, true),
		/** `true` for invented sample data: pages and the plan then say “Dữ liệu mẫu”. */
		sample: z.boolean().default(false),
		/** Where the counts come from, e.g. “Hệ thống PAKN của tỉnh, xuất ngày …”. */
		source: z.string().trim().min(1, 'cần nguồn của số liệu'),
		/** Count per procedure id, e.g. `'2.002039': 4`; procedures not listed had none. */
		counts: z.record(boundedNumber('cần số nguyên từ 0 đến 1.000.000', 0, 1_000_000, true)),
	})
	.strict();

export type Feedback = z.output<typeof feedbackSchema>;
