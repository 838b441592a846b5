import { describe, expect, test } from 'vitest';
import { handsInPerson, localAgency, serviceDesk } from '../../../src/lib/procedure/service-desk';
import { mockCitizenSettings, mockDesk } from '../../support/citizen-settings';
import { parsedProcedure } from '../../support/procedure-entry';

const settings = mockCitizenSettings();

describe('serviceDesk', () => {
	test('sends the Department’s procedures to the one-stop desk, with no invented details', () => {
		const desk = serviceDesk(parsedProcedure(), settings, null);
		expect(desk.kind).toBe('provincial');
		expect(desk.name).toBe('Trung tâm Phục vụ hành chính công cấp tỉnh');
		expect(Object.values(desk.details ?? {}).every((value) => value === null)).toBe(true);
	});
	test('gives the desk’s settings when they are set', () => {
		const desk = serviceDesk(
			parsedProcedure(),
			mockCitizenSettings({
				provincialDesk: mockDesk({ name: 'Trung tâm PVHCC tỉnh X', address: 'Số 1 đường A' }),
			}),
			'X'
		);
		expect([desk.name, desk.details?.address]).toEqual(['Trung tâm PVHCC tỉnh X', 'Số 1 đường A']);
	});
	test('sends commune-level procedures to the commune People’s Committee', () => {
		const desk = serviceDesk(parsedProcedure({ level: ['commune'] }), settings, null);
		expect([desk.kind, desk.name]).toEqual(['commune', 'Ủy ban nhân dân xã, phường nơi cư trú']);
	});
	test('says when the commune can do a provincial procedure too', () => {
		const desk = serviceDesk(parsedProcedure({ level: ['province', 'commune'] }), settings, null);
		expect([desk.kind, desk.alsoCommune]).toEqual(['provincial', true]);
	});
	test('names the other body when another body handles it', () => {
		const data = parsedProcedure({
			agencies: { implementing: 'Trung tâm trợ giúp pháp lý nhà nước' },
		});
		expect(serviceDesk(data, settings, null)).toMatchObject({
			kind: 'agency',
			name: 'Trung tâm trợ giúp pháp lý nhà nước',
			details: null,
		});
	});
	test('never shows an address that names another province', () => {
		const address = (text: string) =>
			serviceDesk(
				parsedProcedure({ agencies: { implementing: 'Sở Tư pháp', address: text } }),
				settings,
				'Bắc Ninh'
			).recordAddress;
		expect(address('Sở Tư pháp tỉnh Vĩnh Phúc, số 2 đường B')).toBeNull();
		expect(address('Trung tâm phục vụ hành chính công tỉnh Bắc Ninh')).toBe(
			'Trung tâm phục vụ hành chính công tỉnh Bắc Ninh'
		);
	});
	test('reads an agency named with another province as the Department', () => {
		const data = parsedProcedure({ agencies: { implementing: 'Sở Tư pháp Thành phố Hà Nội' } });
		expect(serviceDesk(data, settings, null).kind).toBe('provincial');
	});
});

describe('localAgency', () => {
	test('drops another province from the agency name and says which', () => {
		expect(localAgency('Sở Tư pháp Thành phố Hà Nội', null)).toEqual({
			text: 'Sở Tư pháp',
			others: ['Hà Nội'],
			asWritten: 'Sở Tư pháp Thành phố Hà Nội',
		});
		expect(localAgency('Sở Tư pháp', null).others).toEqual([]);
	});
});

describe('handsInPerson', () => {
	test('returns false only when every channel is online', () => {
		expect(handsInPerson(parsedProcedure())).toBe(false);
		expect(handsInPerson(parsedProcedure({ channels: [] }))).toBe(true);
	});
});
