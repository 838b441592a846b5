import { channelLabels } from '../../schemas/channel';
import type { TimeLimit } from '../../schemas/time-limit';
import type { ProcedureEntry } from './entry';
import { otherProvinces } from './provinces';
import { localAgency } from './service-desk';

/**
 * A time limit as an ISO 8601 duration for schema.org `processingTime`. Working days become
 * days: the format has no working-day unit, and the page states the exact limit.
 */
export function isoDuration(limit: TimeLimit): string | undefined {
	if (limit.value === undefined || limit.unit === 'unspecified') return undefined;
	if (limit.unit === 'hours') return `PT${limit.value}H`;
	if (limit.unit === 'months') return `P${limit.value}M`;
	return `P${limit.value}D`;
}

/**
 * The schema.org `GovernmentService` of a procedure, with a `ServiceChannel` per channel and an
 * `Offer` per fee with a known amount. For interoperability (CPSV-AP maps onto it), not for
 * search snippets. Like the page, it never names another province (`province` is this
 * department’s) as the provider or the place. A transferred, replaced or repealed procedure
 * carries no channel, time or price, and names whoever handles it now as the provider.
 */
export function governmentService(
	{ id, data }: ProcedureEntry,
	pageUrl: string,
	province: string | null = null
): Record<string, unknown> {
	const address =
		data.agencies.address && otherProvinces(data.agencies.address, province).length === 0
			? data.agencies.address
			: undefined;
	// A procedure the Department no longer handles keeps no channel or price: they are stale.
	const channels = data.status.state === 'active' ? data.channels : [];
	const fees = channels.flatMap((channel) =>
		channel.fees
			.filter((fee) => fee.amount !== undefined)
			.map((fee) => ({
				'@type': 'Offer',
				name: channelLabels[channel.kind],
				price: fee.amount,
				priceCurrency: 'VND',
				description: fee.asWritten || undefined,
			}))
	);
	return {
		'@context': 'https://schema.org',
		'@type': 'GovernmentService',
		'@id': pageUrl,
		url: pageUrl,
		name: data.name,
		identifier: data.code ?? id,
		serviceType: data.field,
		provider: {
			'@type': 'GovernmentOrganization',
			name: data.status.successor?.agency ?? localAgency(data.agencies.implementing, province).text,
		},
		audience: data.applicants.map((applicant) => ({
			'@type': 'Audience',
			audienceType: applicant,
		})),
		availableChannel: channels.map((channel) => ({
			'@type': 'ServiceChannel',
			name: channelLabels[channel.kind],
			processingTime: isoDuration(channel.timeLimit),
			availableLanguage: 'vi',
			serviceLocation:
				channel.kind === 'in-person' && address ? { '@type': 'Place', address } : undefined,
		})),
		offers: fees.length > 0 ? fees : undefined,
		serviceOutput: data.results.map((result) => ({ '@type': 'Thing', name: result.name })),
	};
}

/** Serialises JSON-LD for a `<script>` element: `<` is escaped so no text can close the element. */
export function jsonLdText(value: unknown): string {
	return JSON.stringify(value).replace(/</g, '\\u003c');
}
