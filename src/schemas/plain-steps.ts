import { z } from 'astro/zod';

/** One step of the short “Cách làm” shown to citizens above the official steps. */
export const plainStepSchema = z
	.object({
		/** A few words naming the step from the citizen’s side, e.g. “Chuẩn bị giấy tờ”, “Nộp hồ sơ”. */
		title: z.string().trim().min(1, 'cần tên bước, ví dụ “Nộp hồ sơ”'),
		/**
		 * One or two plain sentences. Name only channels, fees, time limits and documents the record
		 * itself gives; the agencies’ internal work belongs in one step “Sau khi nộp”.
		 */
		text: z.string().trim().min(1, 'cần một hoặc hai câu mô tả bước'),
	})
	.strict();

/**
 * Hand-written “Cách làm” (3 to 6 steps: prepare, submit, pay, after submitting, receive). When
 * present it replaces the steps the site derives from the record; the official steps stay below.
 */
export const plainStepsSchema = z
	.array(plainStepSchema)
	.min(3, 'cần từ 3 đến 6 bước')
	.max(6, 'cần từ 3 đến 6 bước');

export type PlainStepInput = z.input<typeof plainStepSchema>;
