import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, test } from 'vitest';
import ProcedureSections from '../../src/components/procedure/ProcedureSections.astro';
import SourceNote from '../../src/components/procedure/SourceNote.astro';
import type { Procedure } from '../../src/schemas/procedure';
import { mockEntry, parsedProcedure } from '../support/procedure-entry';
import { indexCatalogue } from '../../src/lib/procedure/catalogue-index';

let container: AstroContainer;
beforeAll(async () => {
	container = await AstroContainer.create();
});

/** Hrefs of the links in rendered markup. */
function hrefs(html: string): string[] {
	const { document } = new JSDOM(`<!doctype html><body>${html}`).window;
	return [...document.querySelectorAll('a[href]')].map((link) => link.getAttribute('href') ?? '');
}

// The addresses are set after parsing: the renderer must not rely on the schema to refuse them.
const unsafe = ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', ' JaVaScRiPt:x'];

describe('SourceNote', () => {
	const render = (url: string | undefined) => {
		const parsed = parsedProcedure();
		const data: Procedure = { ...parsed, provenance: { ...parsed.provenance, url } };
		return container.renderToString(SourceNote, { props: { data, otherFlags: [] } });
	};

	test('links to the source page when it is a web address', async () => {
		expect(hrefs(await render('https://dichvucong.gov.vn/p/home.html'))).toContain(
			'https://dichvucong.gov.vn/p/home.html'
		);
	});

	test.each(unsafe)('shows no source link for %j', async (url) => {
		const html = await render(url);
		expect(html).not.toContain('Xem bản gốc');
		expect(hrefs(html)).toEqual(['/du-lieu/']);
	});
});

describe('ProcedureSections', () => {
	const render = (url: string) => {
		const entry = mockEntry();
		entry.data = { ...entry.data, forms: [{ name: 'Mẫu TP-LS-05', url }] };
		return container.renderToString(ProcedureSections, {
			props: { entry, catalogue: indexCatalogue([entry]), fieldHref: '/linh-vuc/luat-su/' },
		});
	};

	test('links a form to its web address', async () => {
		expect(hrefs(await render('https://example.gov.vn/mau.docx'))).toContain(
			'https://example.gov.vn/mau.docx'
		);
	});

	test.each(unsafe)('shows the form name without a link for %j', async (url) => {
		const html = await render(url);
		expect(html).toContain('Mẫu TP-LS-05');
		expect(hrefs(html).filter((href) => !href.startsWith('/'))).toEqual([]);
	});
});
