import type { Flag } from '../../schemas/flag';
import type { ProcedureInput } from '../../schemas/procedure';
import { nationalCodeSchema } from '../../schemas/primitives';
import { isWebAddress, noInfo, oneLine } from './clean-text';
import { placeFlags, uncertain } from './flags';
import { legacyStatus, type SuccessorSources } from './legacy-status';
import type { ChannelValue } from './map-channels';
import { legacyOnlineLevel } from './online-level';
import { parseLegacyFee } from './parse-legacy-fee';
import { parseLegacyLegalBasis } from './parse-legacy-legal-basis';
import { noteChannels, noteResults } from './parse-legacy-note';
import { parseLevels } from './parse-levels';
import { otherProvinceNoteFlag } from './province-flags';
import { parseTimeLimit } from './parse-time-limit';
import type { SourceRow } from './source-types';

/** What the legacy mapper needs besides the row. */
export interface LegacyContext {
	/** File the row comes from, e.g. `procedures-sources.csv`. */
	dataset: string;
	/** Position of the row in that file, counting data rows from 1. */
	rowNumber: number;
	/** Records that say where procedures went. */
	successors: SuccessorSources;
	/** The department’s province (organisation settings); a note about another is flagged. */
	province?: string | null;
}

/** A source document that is a provincial portal or its published list. */
const portal = /Cổng (DVC|TTHC|dịch vụ công)|Danh mục TTHC/i;

/**
 * Maps a row of `procedures-sources.csv` that has no current national record: what the row gives
 * (name, field, time limit, fee, legal basis, online level, channels from its note), its status as
 * far as the sources state it, and a `legacy-source` flag. The note becomes the first body text.
 */
export function mapLegacyRow(
	row: SourceRow,
	context: LegacyContext
): { procedure: ProcedureInput; body: string } {
	const record = `row ${context.rowNumber}`;
	const code = nationalCodeSchema.safeParse(oneLine(row.code));
	const { levels, unknown } = parseLevels(row.level);
	const kinds = noteChannels(row.note);
	const channels = legacyChannels(row, kinds);
	const legal = parseLegacyLegalBasis(row.legal_basis);
	const { status, flags: statusFlags } = legacyStatus(row, context.successors);
	const sourceDoc = oneLine(row.source_doc);
	const url = oneLine(row.source_url);
	const flags: Flag[] = [
		{
			code: 'legacy-source',
			path: 'provenance',
			message:
				'Thủ tục lấy từ cổng dịch vụ công của tỉnh hoặc danh mục cũ, không có trong CSDL quốc gia hiện hành — nội dung đang được xác minh.',
		},
		...statusFlags,
		...(unknown.length > 0
			? [
					uncertain(
						'level',
						`Cấp thực hiện “${unknown.join(', ')}” chưa có trong danh sách`,
						row.level
					),
				]
			: []),
		...channels.flags,
		...(kinds ? otherProvinceNoteFlag(row.note, context.province ?? null) : []),
		...legal.uncertain.map((text) =>
			uncertain('legalBasis', 'Không đọc được số hiệu văn bản trong căn cứ pháp lý', text)
		),
	];
	const implementing = /Sở Tư pháp/.test(`${sourceDoc} ${row.note}`) ? 'Sở Tư pháp' : undefined;
	if (!implementing) {
		flags.push({
			code: 'agency-missing',
			path: 'agencies.implementing',
			message: 'Nguồn không ghi cơ quan thực hiện — đang được xác minh.',
		});
	}
	const procedure: ProcedureInput = {
		code: code.success ? code.data : null,
		name: oneLine(row.name),
		field: oneLine(row.field),
		level: levels,
		applicants: [],
		agencies: { implementing: implementing ?? noInfo },
		channels: channels.channels,
		documents: [],
		steps: [],
		conditions: [],
		results: noteResults(row.note).map((name) => ({ name })),
		legalBasis: legal.refs,
		online: legacyOnlineLevel(row.online_level, kinds),
		status,
		provenance: {
			source: portal.test(sourceDoc) ? 'provincial-portal' : 'other',
			dataset: context.dataset,
			record,
			...(isWebAddress(url) ? { url } : {}),
			...(sourceDoc ? { document: sourceDoc } : {}),
			snapshot: oneLine(row.snapshot) || noInfo,
			...(oneLine(row.era_hint) ? { eraHint: oneLine(row.era_hint) } : {}),
		},
		flags,
	};
	return { procedure, body: sourceNote(row.note, context.dataset, record) };
}

/**
 * The channels of a legacy row: those its note lists, or one `unspecified` channel when the row
 * gives a time limit or fee without saying through which channel. Each carries the row’s limit and fee.
 */
function legacyChannels(
	row: SourceRow,
	kinds: ChannelValue['kind'][] | undefined
): { channels: ChannelValue[]; flags: Flag[] } {
	if (!kinds && oneLine(row.processing_time) === '' && oneLine(row.fee) === '') {
		return {
			channels: [],
			flags: [
				{
					code: 'time-limit-missing',
					path: 'channels',
					message: 'Nguồn không ghi cách thức, thời hạn và phí của thủ tục — đang được xác minh.',
				},
			],
		};
	}
	const flags: Flag[] = [];
	const channels = (kinds ?? ['unspecified']).map((kind, index) => {
		const time = parseTimeLimit(row.processing_time);
		const fee = parseLegacyFee(row.fee);
		flags.push(...placeFlags(time.flags, `channels[${index}].timeLimit`));
		flags.push(
			...placeFlags(
				fee.flags,
				fee.fees.length > 0 ? `channels[${index}].fees[0]` : `channels[${index}].fees`
			)
		);
		return { kind, timeLimit: time.timeLimit, fees: fee.fees };
	});
	return { channels, flags };
}

/** The row’s note as the body’s first text, labelled as coming from the source. */
function sourceNote(note: string, dataset: string, record: string): string {
	const text = oneLine(note);
	return text ? `> **Ghi chú của nguồn** (${dataset}, ${record}): ${text}\n` : '';
}
