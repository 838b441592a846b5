import type { DocumentGroup } from '../../schemas/document';
import type { Flag } from '../../schemas/flag';
import type { ProcedureInput } from '../../schemas/procedure';
import { isEmptyValue, isWebAddress, oneLine } from './clean-text';
import { feeGapFlags } from './fee-gap-flag';
import { uncertain } from './flags';
import { mapAgencies } from './map-agencies';
import { mapChannelRows } from './map-channels';
import { nationalOnlineLevel } from './online-level';
import { parenDepthAfter } from './parentheses';
import { parseLevels } from './parse-levels';
import { otherProvinceAgencyFlags } from './province-flags';
import { parseApplicants, parseConditions, parseResults, parseSteps } from './parse-text-lists';
import type { NationalRecord, SourceRow } from './source-types';
import { splitChannels } from './split-channels';
import { splitDocuments } from './split-documents';
import { splitLegalBasis } from './split-legal-basis';

/** What the mapper needs besides the record itself. */
export interface NationalContext {
	/** File the record comes from, e.g. `csdl-bo-tu-phap.jsonl`. */
	dataset: string;
	/** The row of `procedures-sources.csv` with the same code, which dates the snapshot. */
	row?: SourceRow;
	/** Snapshot to state when no row gives one. */
	snapshot: string;
	/** The department’s province (organisation settings); agencies naming another are flagged. */
	province?: string | null;
}

/**
 * Maps a national database record to a procedure: every component parsed into structure, values
 * kept as written, and a flag for each value that needs verifying.
 */
export function mapNationalRecord(
	record: NationalRecord,
	context: NationalContext
): ProcedureInput {
	const flags: Flag[] = [];
	const { levels, unknown } = parseLevels(record.cap_thuc_hien);
	if (unknown.length > 0)
		flags.push(
			uncertain(
				'level',
				`Cấp thực hiện “${unknown.join(', ')}” chưa có trong danh sách, ghi tạm là “other”`,
				record.cap_thuc_hien
			)
		);
	const { agencies, flags: agencyFlags } = mapAgencies(record);
	const rows = splitChannels(record.cach_thuc_thuc_hien);
	const { channels, flags: channelFlags } = mapChannelRows(rows);
	if (rows.length === 0 && !isEmptyValue(record.cach_thuc_thuc_hien)) {
		channelFlags.push(
			uncertain(
				'channels',
				'Không tách được bảng cách thức thực hiện',
				oneLine(record.cach_thuc_thuc_hien)
			)
		);
	}
	const documents = splitDocuments(record.thanh_phan_ho_so);
	const legal = splitLegalBasis(record.can_cu_phap_ly);
	const forms = [
		...new Set(documents.groups.flatMap((group) => group.items.flatMap((item) => item.form ?? []))),
	];
	const type = oneLine(record.loai_thu_tuc);
	return {
		code: oneLine(record.ma_thu_tuc),
		name: oneLine(record.ten_thu_tuc),
		field: oneLine(record.linh_vuc),
		level: levels,
		...(type ? { type } : {}),
		applicants: parseApplicants(record.doi_tuong_thuc_hien),
		agencies,
		channels,
		documents: documents.groups,
		steps: parseSteps(record.trinh_tu_thuc_hien),
		conditions: parseConditions(record.yeu_cau_dieu_kien),
		results: parseResults(record.ket_qua_xu_ly),
		legalBasis: legal.refs,
		forms: forms.map((name) => ({ name })),
		online: nationalOnlineLevel(
			channels.map((channel) => channel.kind),
			record.cach_thuc_thuc_hien
		),
		status: { state: 'active' },
		provenance: provenance(record, context),
		flags: [
			...flags,
			...agencyFlags,
			...otherProvinceAgencyFlags(agencies, context.province ?? null),
			...channelFlags,
			...feeGapFlags(channels, channelFlags),
			...documents.uncertain.map((text) =>
				uncertain('documents', 'Không tách chắc chắn được một dòng của bảng thành phần hồ sơ', text)
			),
			...splitFormFlags(documents.groups),
			...legal.uncertain.map((text) =>
				uncertain('legalBasis', 'Không đọc chắc chắn được một văn bản trong căn cứ pháp lý', text)
			),
		],
	};
}

/**
 * Flags forms that start inside a bracket the document name opened, e.g. name “…(song ngữ Việt -”
 * and form “Anh)4.nxin….doc”: the flattened table ran the two cells together, so the split is a guess.
 */
function splitFormFlags(groups: readonly DocumentGroup[]): Flag[] {
	return groups.flatMap((group, g) =>
		group.items.flatMap((item, i) =>
			item.form && parenDepthAfter(item.name) > 0
				? [
						uncertain(
							`documents[${g}].items[${i}].form`,
							'Tên giấy tờ và mẫu đơn bị dính liền trong nguồn, ranh giới giữa hai ô chưa chắc chắn',
							`${item.name}${item.form}`
						),
					]
				: []
		)
	);
}

/** Where the record comes from: the national database, dated by the sources table when it can be. */
function provenance(
	record: NationalRecord,
	context: NationalContext
): ProcedureInput['provenance'] {
	const { row } = context;
	const url = oneLine(record.detail_url);
	const decision = oneLine(record.so_quyet_dinh);
	return {
		source: 'national-db',
		dataset: context.dataset,
		record: oneLine(record.ma_thu_tuc),
		...(isWebAddress(url) ? { url } : {}),
		...(decision ? { decision } : {}),
		...(row?.source_doc ? { document: oneLine(row.source_doc) } : {}),
		snapshot: row?.snapshot ? oneLine(row.snapshot) : context.snapshot,
		...(row?.era_hint ? { eraHint: oneLine(row.era_hint) } : {}),
	};
}
