import { describe, expect, test } from 'vitest';
import {
	isReplaceable,
	lookupsWithoutRow,
	onceOnlyCandidates,
} from '../../../src/lib/documents/candidates';
import type { ProcedureInput } from '../../../src/schemas/procedure';
import { mockEntry } from '../../support/procedure-entry';
import { parsedStateData } from '../../support/state-data-factory';

const table = parsedStateData();

/** A procedure whose document list has these lines (one original each unless given). */
function withLines(
	names: (string | { name: string; originals?: number; copies?: number })[],
	overrides: Partial<ProcedureInput> = {}
) {
	return mockEntry({
		documents: [
			{
				items: names.map((entry) =>
					typeof entry === 'string'
						? { name: entry, originals: 1, copies: 0 }
						: { originals: 0, copies: 0, ...entry }
				),
			},
		],
		...overrides,
	});
}

describe('onceOnlyCandidates', () => {
	test('returns the lines whose kind the table holds, with the database', () => {
		const candidates = onceOnlyCandidates(
			withLines(['Đơn đề nghị cấp thẻ', 'Bản sao Thẻ căn cước', 'Phiếu lý lịch tư pháp']),
			table
		);
		expect(candidates.map(({ kind, database }) => [kind, database.id])).toEqual([
			['identity', 'dan-cu'],
			['criminal-record', 'ly-lich-tu-phap'],
		]);
		expect(candidates[0]!.sourceSays).toBeUndefined();
	});

	test('reports the line’s own sentence when it already says the paper is looked up', () => {
		const [candidate] = onceOnlyCandidates(
			withLines([
				'Bản sao Thẻ căn cước. Không yêu cầu nộp giấy tờ này khi cơ quan giải quyết thủ tục hành chính khai thác được thông tin trong Cơ sở dữ liệu quốc gia về dân cư.',
			]),
			table
		);
		expect(candidate!.sourceSays?.where).toBe('line');
	});

	test('reports a step of the record that says the kind is looked up', () => {
		const [candidate] = onceOnlyCandidates(
			withLines(['Phiếu lý lịch tư pháp'], {
				steps: [
					'Sở Tư pháp khai thác, sử dụng thông tin trên cơ sở dữ liệu lý lịch tư pháp để thay thế Phiếu lý lịch tư pháp.',
				],
			}),
			table
		);
		expect(candidate!.sourceSays).toEqual({
			where: 'steps',
			text: 'Sở Tư pháp khai thác, sử dụng thông tin trên cơ sở dữ liệu lý lịch tư pháp để thay thế Phiếu lý lịch tư pháp.',
		});
	});

	test('leaves out papers issued abroad and originals handed in to be annotated', () => {
		const candidates = onceOnlyCandidates(
			withLines([
				'Giấy tờ chứng minh thông tin lý lịch tư pháp do cơ quan có thẩm quyền nước ngoài cấp',
				'Bản sao Hộ chiếu (bản gốc)',
			]),
			table
		);
		expect(candidates).toEqual([]);
	});

	test('keeps a line of a procedure for foreigners only when the record says it is looked up', () => {
		const name = 'Giải quyết việc người nước ngoài thường trú ở Việt Nam nhận trẻ em làm con nuôi';
		expect(onceOnlyCandidates(withLines(['Bản sao Hộ chiếu'], { name }), table)).toEqual([]);
		const said = withLines(['Phiếu lý lịch tư pháp'], {
			name,
			steps: [
				'Sở Tư pháp khai thác thông tin trên cơ sở dữ liệu lý lịch tư pháp để thay thế Phiếu lý lịch tư pháp.',
			],
		});
		expect(onceOnlyCandidates(said, table)).toHaveLength(1);
	});
});

describe('onceOnlyCandidates on an original to hand in', () => {
	test('keeps it when the line itself says the data replaces the original', () => {
		const [candidate] = onceOnlyCandidates(
			withLines([
				'Bản sao Thẻ căn cước (bản gốc). Bản gốc được thay thế bằng việc khai thác, sử dụng thông tin tương ứng từ Cơ sở dữ liệu quốc gia về dân cư mà không phải nộp trong hồ sơ.',
			]),
			table
		);
		expect(candidate).toMatchObject({ kind: 'identity', sourceSays: { where: 'line' } });
	});
});

describe('onceOnlyCandidates on a line that names several papers', () => {
	test('adds the papers its own lookup sentence names (1.001122)', () => {
		const candidates = onceOnlyCandidates(
			withLines([
				'Sơ yếu lý lịch và Phiếu lý lịch tư pháp. (Không yêu cầu người đề nghị bổ nhiệm và cấp thẻ giám định viên tư pháp nộp Phiếu lý lịch tư pháp khi cơ quan giải quyết thủ tục hành chính khai thác được thông tin về lý lịch tư pháp trên Cơ sở dữ liệu quốc gia về lý lịch tư pháp).',
			]),
			table
		);
		expect(candidates.map(({ kind, line }) => [kind, line.kind])).toEqual([
			['criminal-record', 'curriculum-vitae'],
		]);
		expect(candidates[0]!.sourceSays?.where).toBe('line');
	});
});

describe('lookupsWithoutRow', () => {
	test('returns the lines that say their data is looked up when the table holds none of it', () => {
		const entry = withLines([
			'Bản sao văn bằng. Trường hợp văn bằng, chứng chỉ được lưu trữ tại cơ sở dữ liệu về giáo dục đại học được kết nối, chia sẻ thì không cần nộp các bản sao văn bằng, chứng chỉ.',
			'Bản sao Thẻ căn cước. Không yêu cầu nộp khi khai thác được thông tin trong Cơ sở dữ liệu quốc gia về dân cư.',
		]);
		const rows = lookupsWithoutRow(entry, table);
		expect(rows.map(({ line }) => line.kind)).toEqual(['degree']);
		expect(rows[0]!.text).toContain('cơ sở dữ liệu về giáo dục đại học');
	});
});

describe('isReplaceable', () => {
	test('returns false for papers of a neighbouring country', () => {
		expect(
			isReplaceable({ name: 'Giấy tờ do cơ quan có thẩm quyền của nước láng giềng cấp' })
		).toBe(false);
		expect(isReplaceable({ name: 'Bản sao Thẻ căn cước công dân' })).toBe(true);
	});
});
