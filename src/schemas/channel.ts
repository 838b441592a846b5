import { z } from 'astro/zod';
import { feeSchema } from './fee';
import { timeLimitSchema } from './time-limit';

/**
 * Ways to submit a dossier (cách thức thực hiện). `unspecified` is for older sources that give a
 * time limit or fee but do not say through which channel; replace it once the channel is known.
 */
export const channelKinds = ['in-person', 'online', 'postal', 'unspecified'] as const;

/** Vietnamese labels for {@link channelKinds}, as the national database writes them. */
export const channelLabels: Record<(typeof channelKinds)[number], string> = {
	'in-person': 'Trực tiếp',
	online: 'Trực tuyến',
	postal: 'Dịch vụ bưu chính',
	unspecified: 'Chưa rõ hình thức nộp',
};

/** One way of submitting the dossier, with its own time limit and fees. */
export const channelSchema = z
	.object({
		/**
		 * `in-person` (Trực tiếp), `online` (Trực tuyến), `postal` (Dịch vụ bưu chính), or
		 * `unspecified` when the source does not name the channel.
		 */
		kind: z.enum(channelKinds, {
			errorMap: () => ({ message: `cần một trong: ${channelKinds.join(', ')}` }),
		}),
		/** The legal time limit when the dossier comes in through this channel. */
		timeLimit: timeLimitSchema,
		/** Fees and charges on this channel; one entry with `amount: 0` means free, none means unknown. */
		fees: z.array(feeSchema).default([]),
		/** Extra description of the channel from the source (Mô tả), as written. */
		description: z.string().optional(),
	})
	.strict();

export type Channel = z.output<typeof channelSchema>;
export type ChannelKind = (typeof channelKinds)[number];
