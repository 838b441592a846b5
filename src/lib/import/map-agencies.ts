import type { Flag } from '../../schemas/flag';
import { isEmptyValue, noInfo, oneLine } from './clean-text';
import type { NationalRecord } from './source-types';

/** Agencies as the schema takes them. */
export interface AgenciesValue {
	implementing: string;
	competent?: string;
	delegated?: string;
	coordinating?: string;
	address?: string;
}

/**
 * Reads the agencies of a record. When the source names no implementing agency the field keeps
 * the database’s own “Không có thông tin” and is flagged, rather than guessing one.
 */
export function mapAgencies(record: NationalRecord): { agencies: AgenciesValue; flags: Flag[] } {
	const value = (text: string) => (isEmptyValue(text) ? undefined : oneLine(text));
	const implementing = value(record.co_quan_thuc_hien);
	const agencies: AgenciesValue = { implementing: implementing ?? noInfo };
	const optional = {
		competent: value(record.co_quan_co_tham_quyen),
		delegated: value(record.co_quan_duoc_uy_quyen),
		coordinating: value(record.co_quan_phoi_hop),
		address: value(record.dia_chi_tiep_nhan),
	};
	for (const [key, text] of Object.entries(optional)) {
		if (text) agencies[key as keyof typeof optional] = text;
	}
	const flags: Flag[] = implementing ? [] : [missingAgency(agencies.competent)];
	return { agencies, flags };
}

/** The flag for a record without an implementing agency. */
export function missingAgency(competent?: string): Flag {
	const hint = competent ? ` (cơ quan có thẩm quyền: ${competent})` : '';
	return {
		code: 'agency-missing',
		path: 'agencies.implementing',
		message: `Nguồn không ghi cơ quan thực hiện${hint} — đang được xác minh.`,
	};
}
