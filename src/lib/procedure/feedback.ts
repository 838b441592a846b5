import type { FeedbackSettings } from '../../config/citizen';

/** The parts of a procedure page a citizen can report as wrong, with their names. */
export const feedbackParts = {
	'thoi-han': 'Thời hạn giải quyết',
	phi: 'Phí, lệ phí',
	'noi-nop': 'Nơi nộp, địa chỉ, giờ làm việc',
	'giay-to': 'Giấy tờ cần chuẩn bị',
	'cac-buoc': 'Các bước thực hiện',
	khac: 'Nội dung khác',
} as const;

export type FeedbackPart = keyof typeof feedbackParts;

/** The page the feedback is about. */
export interface FeedbackPage {
	/** National code, or the page id for the few procedures without one. */
	code: string;
	name: string;
	/** Address of the page: absolute when the site’s address is set, else its path. */
	url: string;
}

/** What the feedback says: a wrong part of the page, or whether the page was useful. */
export type FeedbackKind = { part: FeedbackPart } | { useful: boolean };

/**
 * Where a feedback link goes: the endpoint from the settings with the procedure code, the part
 * and the page as query parameters, or else a prefilled e-mail to the settings’ address. `null`
 * when neither is set: the page then offers only the national feedback portal.
 */
export function feedbackHref(
	settings: FeedbackSettings,
	page: FeedbackPage,
	kind: FeedbackKind
): string | null {
	const part = 'part' in kind ? kind.part : 'huu-ich';
	if (settings.endpoint) {
		const url = new URL(settings.endpoint);
		url.searchParams.set('ma', page.code);
		url.searchParams.set('muc', part);
		url.searchParams.set('trang', page.url);
		if ('useful' in kind) url.searchParams.set('huu-ich', kind.useful ? 'co' : 'khong');
		return url.href;
	}
	if (!settings.email) return null;
	const { subject, body } = feedbackMessage(page, kind);
	// encodeURIComponent, not URLSearchParams: mail programs show a “+” for each space of the latter.
	return `mailto:${settings.email}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}

/** The prefilled e-mail: a subject naming the code and the part, a body to complete. */
export function feedbackMessage(
	page: FeedbackPage,
	kind: FeedbackKind
): { subject: string; body: string } {
	const about = [`Thủ tục: ${page.name}`, `Mã: ${page.code}`, `Trang: ${page.url}`];
	if ('useful' in kind) {
		const answer = kind.useful ? 'Có' : 'Không';
		return {
			subject: `Trang thủ tục ${page.code}: hữu ích? ${answer}`,
			body: [
				...about,
				`Trang này có hữu ích không: ${answer}`,
				'',
				'Góp ý thêm (nếu có):',
				'',
			].join('\n'),
		};
	}
	const label = feedbackParts[kind.part];
	return {
		subject: `Báo thông tin sai: ${page.code}, mục ${label}`,
		body: [
			...about,
			`Mục: ${label}`,
			'',
			'Thông tin trên trang đang sai là:',
			'',
			'Thông tin đúng (nếu bạn biết, kèm nguồn):',
			'',
		].join('\n'),
	};
}
