import { formatNumber } from '../../format/vi';

const wholePercent = new Intl.NumberFormat('vi-VN', { style: 'percent', maximumFractionDigits: 0 });

/** “7 / 48 (15%)”: done of planned, with the share in whole percent, as leaders read progress. */
export function formatProgress(done: number, planned: number): string {
	const share = planned === 0 ? 0 : done / planned;
	return `${formatNumber(done)} / ${formatNumber(planned)} (${wholePercent.format(share)})`;
}
