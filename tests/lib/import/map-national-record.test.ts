import { describe, expect, test } from 'vitest';
import { mapNationalRecord } from '../../../src/lib/import/map-national-record';
import { procedureSchema } from '../../../src/schemas/procedure';
import { mockRecord, mockRow } from './fixtures';

const context = { dataset: 'csdl-bo-tu-phap.jsonl', snapshot: 'không rõ' };

describe('mapNationalRecord', () => {
	test('returns a procedure that passes the schema', () => {
		const procedure = mapNationalRecord(mockRecord(), context);
		expect(procedureSchema.safeParse(procedure).success).toBe(true);
		expect(procedure).toMatchObject({
			code: '1.002153',
			level: ['province'],
			agencies: { implementing: 'Sở Tư pháp' },
		});
	});

	test('parses channels, documents, forms, legal basis and results', () => {
		const procedure = mapNationalRecord(mockRecord(), context);
		expect(procedure.channels?.map((channel) => channel.kind)).toEqual(['online', 'in-person']);
		expect(procedure.documents?.[0]?.items[0]?.form).toBe('Mẫu TP-LS-05-sđ.docx');
		expect(procedure.forms).toEqual([{ name: 'Mẫu TP-LS-05-sđ.docx' }]);
		expect(procedure.legalBasis).toEqual([
			{ number: '65/2006/QH11', type: 'Luật', title: 'Luật 65/2006/QH11', issuer: 'Quốc hội' },
		]);
		expect(procedure.results).toEqual([
			{ name: 'Giấy đăng ký hành nghề luật sư', code: 'KQ.G15.000094' },
		]);
		expect(procedure.conditions).toEqual([]);
	});

	test('says the online level is unknown when the record does not state it', () => {
		expect(mapNationalRecord(mockRecord(), context).online).toEqual({ level: 'unknown' });
	});

	test('says the procedure is not online when no channel is online', () => {
		const record = mockRecord({
			cach_thuc_thuc_hien: 'Hình thức nộpThời gianPhí, lệ phíMô tảTrực tiếp30 NgàyMiễn phí',
		});
		expect(mapNationalRecord(record, context).online).toEqual({ level: 'none' });
	});

	test('reads toàn trình only where the channel text says so', () => {
		const record = mockRecord({
			cach_thuc_thuc_hien:
				'Hình thức nộpThời gianPhí, lệ phíMô tảTrực tuyến7 NgàyMiễn phíHồ sơ gửi trực tuyến (đủ điều kiện thực hiện dịch vụ công trực tuyến toàn trình).',
		});
		expect(mapNationalRecord(record, context).online?.level).toBe('full');
	});

	test('flags a form whose cell the source ran into an open bracket of the name', () => {
		const record = mockRecord({
			thanh_phan_ho_so:
				'--Tên giấy tờMẫu đơn, tờ khaiSố lượngĐơn xin nhận con nuôi (song ngữ Việt - Anh)4.nxin.doc2 bản chính',
		});
		const procedure = mapNationalRecord(record, context);
		expect(procedure.documents?.[0]?.items[0]?.form).toBe('Anh)4.nxin.doc');
		expect(procedure.flags?.map((flag) => [flag.code, flag.path])).toEqual([
			['parse-uncertain', 'documents[0].items[0].form'],
		]);
	});

	test('does not flag a form after a name whose brackets are closed', () => {
		expect(mapNationalRecord(mockRecord(), context).flags).toEqual([]);
	});

	test('places flags at the value they doubt', () => {
		const record = mockRecord({
			cach_thuc_thuc_hien: 'Hình thức nộpThời gianPhí, lệ phíMô tảTrực tuyến150 VNĐ',
		});
		const flags = mapNationalRecord(record, context).flags ?? [];
		expect(flags.map((flag) => [flag.code, flag.path])).toEqual([
			['time-limit-placeholder', 'channels[0].timeLimit'],
			['fee-lost-thousands', 'channels[0].fees[0].amount'],
		]);
	});

	test('keeps “Không có thông tin” for a missing agency and flags it', () => {
		const procedure = mapNationalRecord(
			mockRecord({ co_quan_thuc_hien: 'Không có thông tin' }),
			context
		);
		expect(procedure.agencies.implementing).toBe('Không có thông tin');
		expect(procedure.flags?.[0]).toMatchObject({
			code: 'agency-missing',
			path: 'agencies.implementing',
		});
	});

	test('normalises non-breaking spaces in agencies', () => {
		const procedure = mapNationalRecord(
			mockRecord({ co_quan_thuc_hien: 'Ủy ban Nhân dân\u00a0xã,\u00a0phường' }),
			context
		);
		expect(procedure.agencies.implementing).toBe('Ủy ban Nhân dân xã, phường');
	});

	test('dates the provenance with the sources table row of the same code', () => {
		const row = mockRow({
			code: '1.002153',
			snapshot: '2025-2026 (CSDL quốc gia hiện hành)',
			era_hint: 'mã cũ',
		});
		expect(mapNationalRecord(mockRecord(), { ...context, row }).provenance).toMatchObject({
			source: 'national-db',
			record: '1.002153',
			decision: '1262/QĐ-BTP',
			snapshot: '2025-2026 (CSDL quốc gia hiện hành)',
			eraHint: 'mã cũ',
		});
	});
});
