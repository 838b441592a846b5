import type { ReviewRecord } from '../../../schemas/review-record';
import { formatNumber } from '../../format/vi';
import type { Problem } from '../../validation/friendly-errors';
import { receivedIn, type DossierVolumes } from '../volumes/received';
import { recordError } from './problem';

/**
 * A volume taken `from: dossiers` must be what the dossier files say: the dossiers of the
 * procedure received in the year before the review (a 2026 review costs the 2025 volume).
 */
export function dossierVolumeProblems(
	file: string,
	record: Pick<ReviewRecord, 'procedure' | 'year' | 'cost'>,
	volumes: DossierVolumes
): Problem[] {
	const year = record.year - 1;
	return (['dossiersPerYear', 'subjectsPerYear'] as const).flatMap((field) => {
		const count = record.cost[field];
		if (count?.from !== 'dossiers') return [];
		const path = `cost.${field}.value`;
		const received = receivedIn(volumes, year, record.procedure);
		if (received === undefined) {
			return [
				recordError(
					file,
					path,
					`content/dossiers/ không có hồ sơ nào tiếp nhận năm ${year}; đổi "from" hoặc thêm số liệu hồ sơ năm ${year}`
				),
			];
		}
		if (received === count.value) return [];
		return [
			recordError(
				file,
				path,
				`số liệu hồ sơ năm ${year} có ${formatNumber(received)} hồ sơ của thủ tục ${record.procedure}; cần ${received}, đang là ${count.value}`
			),
		];
	});
}
