import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { main } from '../../../scripts/review';
import { convertToPdf, pdfPageCount } from '../../../scripts/support/libreoffice';
import { runMain } from '../../../src/lib/cli/run';
import { loadReviewContent } from '../../../src/lib/content/load-review-content';
import { formatNumber, formatPercent } from '../../../src/lib/format/vi';
import { formTitle } from '../../../src/lib/report/form/form-content';
import { renderDecision, renderForm } from '../../../src/lib/report/review-documents';
import { scoreYear } from '../../../src/lib/review/score/score-year';
import { bufferIo } from '../../support/cli-io';
import { documentXml, paragraphsOf } from './support/read-back';
import { projectContentDir } from '../../../src/lib/content/content-dir';

let form: string[];
let decision: string[];
let formBytes: Uint8Array;
let decisionBytes: Uint8Array;
const scores = () => scoreYear(loadReviewContent(projectContentDir(process.cwd())), 2026);

beforeAll(async () => {
	formBytes = await renderForm(2026, '2.000635');
	decisionBytes = await renderDecision(2026);
	form = paragraphsOf(await documentXml(formBytes));
	decision = paragraphsOf(await documentXml(decisionBytes));
}, 60_000);

describe('Biểu mẫu 02/RS-KSTT (renderForm)', () => {
	test('has the exact title and sections I to V', () => {
		expect(form).toContain(formTitle);
		expect(form).toContain('BIỂU MẪU RÀ SOÁT, ĐÁNH GIÁ THỦ TỤC HÀNH CHÍNH (BIỂU MẪU 02/RS-KSTT)');
		for (const heading of [
			'I. THÔNG TIN CHUNG',
			'II. SỰ CẦN THIẾT CỦA THỦ TỤC HÀNH CHÍNH',
			'III. TÍNH HỢP LÝ CỦA THỦ TỤC HÀNH CHÍNH',
			'IV. TÍNH HỢP PHÁP CỦA THỦ TỤC HÀNH CHÍNH',
			'V. THÔNG TIN LIÊN HỆ',
		]) {
			expect(form).toContain(heading);
		}
		expect(form.join('\n')).toContain('DỮ LIỆU MẪU');
	});

	test('prints each answer with its reason and proposal', () => {
		const text = form.join('\n');
		expect(text).toContain('Cách thức thực hiện (REA.3)');
		expect(text).toContain('Người dân vẫn phải đi lại để nộp và nhận bản giấy.');
		expect(text).toContain('Cấp bản sao trích lục điện tử qua Cổng dịch vụ công quốc gia và VNeID');
		expect(text).toContain('Không áp dụng');
	});

	test('prints the cost before and after with the sources, and the option', () => {
		const record = scores().records.find((entry) => entry.id === '2.000635')!;
		const text = form.join('\n');
		expect(form).toContain('Chi phí một năm (đồng)');
		expect(form).toContain(formatNumber(record.cost.before.perYear));
		expect(form).toContain(formatNumber(record.cost.after.perYear));
		expect(text).toContain(
			`Chi phí tiết kiệm: ${formatNumber(record.cost.saving)} đồng/năm; tỷ lệ cắt giảm chi phí: ${formatPercent(record.cost.savingRate)}.`
		);
		expect(text).toContain('Theo số liệu hồ sơ: Số hồ sơ tiếp nhận năm 2025');
		expect(text).toContain('Thay thế: Thay bằng cấp bản sao điện tử');
	});
});

describe('draft Quyết định thông qua phương án (renderDecision)', () => {
	test('has the header of the provincial Chairman, four articles and the annex', () => {
		for (const line of [
			'ỦY BAN NHÂN DÂN\nTỈNH ……',
			'Số: …/QĐ-UBND',
			'QUYẾT ĐỊNH',
			'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ……',
			'QUYẾT ĐỊNH:',
			'PHỤ LỤC',
			'PHƯƠNG ÁN ĐƠN GIẢN HÓA THỦ TỤC HÀNH CHÍNH THUỘC PHẠM VI QUẢN LÝ CỦA SỞ TƯ PHÁP',
		]) {
			expect(decision).toContain(line);
		}
		for (const article of ['Điều 1. ', 'Điều 2. ', 'Điều 3. ', 'Điều 4. ']) {
			expect(decision.some((line) => line.startsWith(article))).toBe(true);
		}
	});

	test('leaves a visible blank where it has no verified reference', () => {
		expect(decision).toContain('Căn cứ Luật Tổ chức chính quyền địa phương số ……;');
		expect(decision.join('\n')).toContain(
			'Sửa đổi, bổ sung …… (điều, khoản) Thông tư 19/2024/TT-BTP'
		);
	});

	test('adopts the options checked for quality and not yet adopted, by field, with their saving', () => {
		const ready = scores().records.filter((record) => record.status === 'quality-checked');
		const total = ready.reduce((sum, record) => sum + record.cost.saving, 0);
		const article = decision.find((line) => line.startsWith('Điều 1. '))!;
		expect(article).toContain(`${ready.length} thủ tục hành chính`);
		expect(article).toContain(`tiết kiệm ${formatNumber(total)} đồng/năm`);
		for (const record of ready) {
			expect(
				decision.some(
					(line) =>
						/^\d+\. Thủ tục: /.test(line) && line.endsWith(`${record.name} (mã ${record.id})`)
				)
			).toBe(true);
			expect(decision).toContain(
				`- Chi phí tiết kiệm: ${formatNumber(record.cost.saving)} đồng/năm.`
			);
			expect(
				decision.some(
					(line) =>
						line.startsWith('I') &&
						line.includes(`LĨNH VỰC ${record.field.toLocaleUpperCase('vi')}`)
				)
			).toBe(true);
		}
		expect(decision.join('\n')).not.toContain('Đăng ký hành nghề luật sư với tư cách cá nhân'); // adopted already
	});
});

describe('npm run review -- report --document form|decision', () => {
	const dir = mkdtempSync(join(tmpdir(), 'tthc-review-docs-'));
	const run = async (args: string[]) => {
		const io = bufferIo(process.cwd());
		const code = await runMain(
			main,
			['report', '--year', '2026', '--format', 'docx', ...args],
			io.io
		);
		return { code, err: io.stderr().trimEnd() };
	};

	test('writes the form and the decision where --out says', async () => {
		expect((await run(['--document', 'form', '--id', '2.000635', '--out', dir])).code).toBe(0);
		const written = readFileSync(join(dir, 'bieu-mau-02-rs-kstt-2.000635-2026.docx'));
		expect(await documentXml(written)).toBe(await documentXml(formBytes));
		expect((await run(['--document', 'decision', '--id', '2.001395', '--out', dir])).code).toBe(0);
		expect(readFileSync(join(dir, 'du-thao-quyet-dinh-2.001395-2026.docx')).length).toBeGreaterThan(
			5000
		);
	}, 60_000);

	test('stops with one clear line without --id, for an unknown review, or with nothing to adopt', async () => {
		expect(await run(['--document', 'form'])).toEqual({
			code: 1,
			err: 'lỗi: --document form cần --id <mã thủ tục>, ví dụ --id 2.000635',
		});
		expect((await run(['--document', 'form', '--id', '9.999999'])).err).toMatch(
			/^lỗi: không có bản rà soát 9\.999999 năm 2026/
		);
		expect((await run(['--document', 'decision', '--id', '1.000627'])).err).toBe(
			'lỗi: bản rà soát 1.000627 năm 2026 giữ nguyên thủ tục: không có phương án để thông qua'
		);
	}, 60_000);
});

/**
 * A leader opens both documents in an office suite: LibreOffice converts them to PDF. The
 * conversion takes a few seconds on a quiet machine and much longer on a loaded one.
 */
describe.skipIf(process.env.SKIP_LIBREOFFICE === '1')(
	'the form and the decision opened by LibreOffice',
	() => {
		test('convert to PDFs of several A4 pages', async () => {
			const dir = mkdtempSync(join(tmpdir(), 'tthc-review-pdf-'));
			const files = [
				[join(dir, 'form.docx'), formBytes],
				[join(dir, 'decision.docx'), decisionBytes],
			] as const;
			for (const [path, bytes] of files) writeFileSync(path, bytes);
			const pdfs = await convertToPdf(
				files.map(([path]) => path),
				dir
			);
			for (const pdf of pdfs) {
				const bytes = readFileSync(pdf);
				expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
				expect(pdfPageCount(bytes)).toBeGreaterThanOrEqual(2);
			}
		}, 180_000);
	}
);
