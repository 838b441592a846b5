import { describe, expect, test } from 'vitest';
import { feedbackHref, feedbackMessage } from '../../../src/lib/procedure/feedback';
import { nationalFeedbackUrl } from '../../../src/lib/procedure/national-portal';

const page = {
	code: '2.001130',
	name: 'Cấp Chứng chỉ hành nghề Quản tài viên',
	url: '/thu-tuc/2.001130/',
};

describe('feedbackHref', () => {
	test('sends the code, part and page to the endpoint when one is set', () => {
		const href = feedbackHref(
			{ endpoint: 'https://pakn.example.vn/gop-y', email: 'a@b.vn' },
			page,
			{ part: 'phi' }
		);
		const url = new URL(href ?? '');
		expect(url.origin + url.pathname).toBe('https://pakn.example.vn/gop-y');
		expect(Object.fromEntries(url.searchParams)).toEqual({
			ma: '2.001130',
			muc: 'phi',
			trang: '/thu-tuc/2.001130/',
		});
	});
	test('answers “useful?” through the endpoint', () => {
		const href = feedbackHref({ endpoint: 'https://pakn.example.vn/', email: null }, page, {
			useful: false,
		});
		expect(new URL(href ?? '').searchParams.get('huu-ich')).toBe('khong');
	});
	test('falls back to a prefilled e-mail with the code and the part', () => {
		const href = feedbackHref({ endpoint: null, email: 'tthc@stp.vn' }, page, { part: 'giay-to' });
		expect(href).toMatch(/^mailto:tthc@stp\.vn\?subject=/);
		const subject = decodeURIComponent(/subject=([^&]*)/.exec(href ?? '')?.[1] ?? '');
		expect(subject).toBe('Báo thông tin sai: 2.001130, mục Giấy tờ cần chuẩn bị');
		expect(href).not.toContain('+');
	});
	test('returns null when neither is set', () => {
		expect(feedbackHref({ endpoint: null, email: null }, page, { part: 'phi' })).toBeNull();
	});
});

describe('feedbackMessage', () => {
	test('prefills the procedure, code, page and part', () => {
		const { body } = feedbackMessage(page, { part: 'thoi-han' });
		expect(body).toContain('Mã: 2.001130');
		expect(body).toContain('Mục: Thời hạn giải quyết');
		expect(body).toContain('Trang: /thu-tuc/2.001130/');
	});
});

describe('nationalFeedbackUrl', () => {
	test('is the national portal’s feedback page', () => {
		expect(new URL(nationalFeedbackUrl).hostname).toBe('dichvucong.gov.vn');
	});
});
