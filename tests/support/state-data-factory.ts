import { stateDataSchema, type StateData, type StateDataInput } from '../../src/schemas/state-data';

/**
 * A small valid table of papers national databases hold: identity cards in the population
 * database, criminal-record certificates (with the cost of obtaining one) in the criminal-record
 * database. Quotes are copied from records 1.003198 and 1.001122; override any field.
 */
export function mockStateData(overrides: Partial<StateDataInput> = {}): StateDataInput {
	return {
		databases: [
			{ id: 'dan-cu', name: 'Cơ sở dữ liệu quốc gia về dân cư' },
			{ id: 'ly-lich-tu-phap', name: 'Cơ sở dữ liệu lý lịch tư pháp' },
		],
		holdings: [
			{
				kind: 'identity',
				database: 'dan-cu',
				basis: [
					{
						document: '66.7/2025/NQ-CP',
						record: '1.003198',
						quote: 'Thông tin trên Cơ sở dữ liệu quốc gia về dân cư để thay thế Hộ chiếu',
					},
				],
				verified: true,
			},
			{
				kind: 'criminal-record',
				database: 'ly-lich-tu-phap',
				basis: [
					{
						document: '66.7/2025/NQ-CP',
						record: '1.001122',
						quote: 'khai thác, sử dụng thông tin trên cơ sở dữ liệu lý lịch tư pháp',
					},
				],
				verified: false,
				obtain: {
					hours: { value: 2, from: 'estimate' },
					fee: { value: 0, from: 'procedure', record: '3.000333' },
				},
			},
		],
		certifiedCopy: {
			hours: { value: 1, from: 'estimate' },
			fee: { value: 2000, from: 'procedure', record: '2.000815' },
		},
		...overrides,
	};
}

/** {@link mockStateData} parsed by the schema. */
export function parsedStateData(overrides: Partial<StateDataInput> = {}): StateData {
	return stateDataSchema.parse(mockStateData(overrides));
}
