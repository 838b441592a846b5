import { describe, expect, test } from 'vitest';
import { citizenSettings } from '../../../src/config/citizen';
import { unsetSettings, unsetSettingsWarning } from '../../../src/lib/procedure/unset-settings';
import { mockCitizenSettings, mockDesk } from '../../support/citizen-settings';

const complete = mockCitizenSettings({
	provincialDesk: mockDesk({
		name: 'Trung tâm',
		address: 'Số 1',
		openingHours: '7:30–17:00',
		phone: '0222',
		email: 'a@b.vn',
		mapUrl: 'https://osm.org/x',
	}),
	feedback: { endpoint: null, email: 'a@b.vn' },
});

describe('unsetSettings', () => {
	test('lists every unset setting of the shipped configuration', () => {
		const unset = unsetSettings(citizenSettings, undefined);
		expect(unset[0]).toMatch(/^SITE_URL/);
		expect(unset.some((name) => name.startsWith('citizenSettings.provincialDesk.address'))).toBe(
			true
		);
	});
	test('is empty when everything is set', () => {
		expect(unsetSettings(complete, 'https://tthc.stp.vn')).toEqual([]);
		expect(unsetSettingsWarning(complete, 'https://tthc.stp.vn')).toBeNull();
	});
});

describe('unsetSettingsWarning', () => {
	test('is one Vietnamese warning listing what is unset', () => {
		const warning = unsetSettingsWarning(complete, undefined) ?? '';
		expect(warning).toMatch(/^cảnh báo: 1 thiết lập/);
		expect(warning.split('\n')).toHaveLength(2);
	});
});
