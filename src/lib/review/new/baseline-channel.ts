import type { Channel } from '../../../schemas/channel';
import type { Procedure } from '../../../schemas/procedure';

/**
 * The channel a review costs by default: in person, the way every applicant can still file and
 * the one options usually improve on; the first channel when there is no in-person one.
 */
export function baselineChannel(procedure: Pick<Procedure, 'channels'>): Channel | undefined {
	return (
		procedure.channels.find((channel) => channel.kind === 'in-person') ?? procedure.channels[0]
	);
}
