import type { Procedure } from '../../schemas/procedure';
import { hasOnlineChannel } from './channels';
import { otherProvinces } from './provinces';

/**
 * Says in one sentence whether and how far the procedure can be done online (NĐ 42/2022 Điều 11):
 * the published level when there is one, otherwise what the channel list says. A level published
 * by another province’s portal is said to be so: it may differ here.
 */
export function onlineSentence(
	data: Pick<Procedure, 'online' | 'channels'>,
	province: string | null = null
): string {
	const from = data.online.source;
	const elsewhere = from && otherProvinces(from, province).length > 0;
	const source = !from
		? ''
		: elsewhere
			? ` (theo ${from}, là mức độ ở một tỉnh, thành phố khác; ở tỉnh này có thể khác)`
			: ` (theo ${from})`;
	switch (data.online.level) {
		case 'full':
			return `Toàn trình: nộp hồ sơ, theo dõi và nhận kết quả trực tuyến${source}.`;
		case 'partial':
			return `Một phần: nộp hồ sơ trực tuyến được, còn một số bước phải làm trực tiếp${source}.`;
		case 'none':
			return `Không nộp trực tuyến được${source}.`;
		case 'unknown':
			return hasOnlineChannel(data.channels)
				? 'Nộp hồ sơ trực tuyến được; mức độ trực tuyến (toàn trình hay một phần) chưa được công bố.'
				: 'Chưa có thông tin về nộp trực tuyến.';
	}
}

/** Whether to point the citizen to the national portal: an online channel or level exists. */
export function canFileOnline(data: Pick<Procedure, 'online' | 'channels'>): boolean {
	return (
		data.online.level === 'full' ||
		data.online.level === 'partial' ||
		hasOnlineChannel(data.channels)
	);
}
