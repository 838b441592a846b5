import { describe, expect, test } from 'vitest';
import { legacyStatus } from '../../../src/lib/import/legacy-status';
import { mapLegacyRow } from '../../../src/lib/import/map-legacy-row';
import { procedureSchema } from '../../../src/schemas/procedure';
import { mockRecord, mockRow } from './fixtures';

const police = mockRecord({
	ma_thu_tuc: '3.000333',
	ten_thu_tuc: 'Cấp Phiếu Lý lịch tư pháp cho công dân Việt Nam',
	so_quyet_dinh: '1025/QĐ-BCA',
	co_quan_thuc_hien: 'Công an tỉnh',
});
const notary = mockRecord({ ma_thu_tuc: '1.013859', ten_thu_tuc: 'Cấp thẻ công chứng viên' });
const successors = { transferred: [police], current: new Map([['1.013859', notary]]) };
const context = { dataset: 'procedures-sources.csv', rowNumber: 160, successors };

describe('mapLegacyRow', () => {
	test('returns a flagged procedure that passes the schema, with its note as the body', () => {
		const { procedure, body } = mapLegacyRow(
			mockRow({ processing_time: '05 (nguồn ghi "05")', note: 'Không có trong bản crawl.' }),
			context
		);
		expect(procedureSchema.safeParse(procedure).success).toBe(true);
		expect(procedure.code).toBeNull();
		expect(procedure.flags?.map((flag) => flag.code)).toEqual([
			'legacy-source',
			'status-unverified',
			'time-limit-no-unit',
			'fee-missing',
		]);
		expect(body).toBe(
			'> **Ghi chú của nguồn** (procedures-sources.csv, row 160): Không có trong bản crawl.\n'
		);
	});

	test('gives the time limit and fee to one unspecified channel when the row names no channel', () => {
		const { procedure } = mapLegacyRow(mockRow({ processing_time: '07 ngày làm việc' }), context);
		expect(procedure.channels).toEqual([
			{
				kind: 'unspecified',
				timeLimit: { value: 7, unit: 'working-days', asWritten: '07 ngày làm việc' },
				fees: [],
			},
		]);
	});

	test('reads channels, fee and legal basis from the row', () => {
		const { procedure } = mapLegacyRow(
			mockRow({
				processing_time: '07 ngày làm việc',
				fee: 'Lệ phí: 100.000 đồng/hồ sơ',
				legal_basis:
					'Luật Lý lịch tư pháp 28/2009/QH12; Thông tư 06/2024/TT-BTP (mẫu 03/2024/LLTP)',
				note: 'Hình thức nộp (Vĩnh Phúc): Trực tiếp, Dịch vụ bưu chính.',
			}),
			context
		);
		expect(procedure.channels?.map((channel) => channel.kind)).toEqual(['in-person', 'postal']);
		expect(procedure.channels?.[0]?.fees).toEqual([
			{ kind: 'le-phi', amount: 100000, asWritten: 'Lệ phí: 100.000 đồng/hồ sơ' },
		]);
		expect(procedure.legalBasis?.map((ref) => ref.number)).toEqual([
			'28/2009/QH12',
			'06/2024/TT-BTP',
		]);
		expect(procedure.online).toEqual({ level: 'none' });
	});

	test('keeps the online level of a provincial portal with its source', () => {
		const { procedure } = mapLegacyRow(
			mockRow({ online_level: 'Toàn trình (Thái Bình)' }),
			context
		);
		expect(procedure.online).toEqual({ level: 'full', source: 'Toàn trình (Thái Bình)' });
	});

	test('names the source document a provincial portal or other', () => {
		expect(mapLegacyRow(mockRow(), context).procedure.provenance.source).toBe('provincial-portal');
		const other = mockRow({
			source_doc: 'congchung.org — đăng lại nội dung TTHC của Sở Tư pháp TP.HCM',
		});
		expect(mapLegacyRow(other, context).procedure.provenance.source).toBe('other');
	});
});

describe('legacyStatus', () => {
	test('returns transferred to the agency whose record the note names', () => {
		const row = mockRow({
			name: 'Cấp Phiếu lý lịch tư pháp',
			note: 'Từ 2025 do Công an cấp tỉnh thực hiện (mã 3.000333, QĐ 1025/QĐ-BCA).',
		});
		expect(legacyStatus(row, successors).status).toMatchObject({
			state: 'transferred',
			successor: { agency: 'Công an tỉnh', code: '3.000333', decision: '1025/QĐ-BCA' },
		});
	});

	test('returns replaced with the date only when the note gives it', () => {
		const replaced = mockRow({
			note: 'Thay bằng "Cấp thẻ công chứng viên" (1.013859) từ 01/7/2025.',
		});
		expect(legacyStatus(replaced, successors).status).toMatchObject({
			state: 'replaced',
			since: '2025-07-01',
			successor: { agency: 'Sở Tư pháp', code: '1.013859', name: 'Cấp thẻ công chứng viên' },
		});
		const version = legacyStatus(mockRow({ note: 'Phiên bản 2025: 1.013816.' }), successors).status;
		expect(version.state).toBe('replaced');
		expect(version.since).toBeUndefined();
		expect(version.successor?.code).toBe('1.013816');
	});

	test('returns unlisted and flags it when no source states a successor', () => {
		const { status, flags } = legacyStatus(mockRow({ note: '' }), successors);
		expect(status).toEqual({ state: 'unlisted' });
		expect(flags[0]?.code).toBe('status-unverified');
	});
});
