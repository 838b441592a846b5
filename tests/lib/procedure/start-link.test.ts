import { describe, expect, test } from 'vitest';
import { nationalPage, startLink } from '../../../src/lib/procedure/start-link';
import { parsedProcedure } from '../../support/procedure-entry';

const national =
	'https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfd-962d-77b8-b44a-39a604373c75';
const withUrl = (url?: string, overrides = {}) =>
	parsedProcedure({
		provenance: {
			source: 'national-db',
			dataset: 'csdl-bo-tu-phap.jsonl',
			record: '1.002153',
			snapshot: '2025-2026',
			url,
		},
		...overrides,
	});

describe('nationalPage', () => {
	test('returns the record’s page on the national portal', () => {
		expect(nationalPage(withUrl(national))).toBe(national);
	});
	test('returns null for another province’s portal or no address', () => {
		expect(
			nationalPage(
				withUrl('https://dichvucong.vinhphuc.gov.vn/vinhphuc/thutuchanhchinh/chitiet?maThuTuc=1')
			)
		).toBeNull();
		expect(nationalPage(withUrl('http://dichvucong.gov.vn/x'))).toBeNull();
		expect(nationalPage(withUrl(undefined))).toBeNull();
	});
});

describe('startLink', () => {
	test('files online on the national portal when an online channel exists', () => {
		expect(startLink(withUrl(national), null)).toEqual({
			kind: 'online',
			href: national,
			portal: 'Cổng Dịch vụ công quốc gia',
		});
	});
	test('only shows the procedure on the portal when it cannot be filed online', () => {
		const data = withUrl(national, {
			channels: [{ kind: 'in-person', timeLimit: { value: 5, unit: 'working-days' }, fees: [] }],
		});
		expect(startLink(data, null)?.kind).toBe('view');
	});
	test('uses the provincial portal pattern when it is set', () => {
		const portal = { name: 'Cổng DVC tỉnh', procedureUrl: 'https://dvc.example/thu-tuc?ma={code}' };
		expect(startLink(withUrl(national), portal)).toEqual({
			kind: 'online',
			href: 'https://dvc.example/thu-tuc?ma=1.002153',
			portal: 'Cổng DVC tỉnh',
		});
	});
	test('offers nothing for a moved procedure or one without a national page', () => {
		const moved = withUrl(national, {
			status: { state: 'transferred', successor: { agency: 'Công an tỉnh' } },
		});
		expect(startLink(moved, null)).toBeNull();
		expect(startLink(withUrl(undefined), null)).toBeNull();
	});
});
