import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { legalNumberPattern } from '../../../src/schemas/legal-ref';
import { timeUnits } from '../../../src/schemas/time-limit';
import { noInfo, normalizeSpaces } from '../../../src/lib/import/clean-text';
import { findLegalNumbers } from '../../../src/lib/import/find-legal-numbers';
import { legalIssuer } from '../../../src/lib/import/legal-issuers';
import { firstDongAmount, parseAmountCell } from '../../../src/lib/import/parse-amount';
import { parseFee } from '../../../src/lib/import/parse-fee';
import { parseLegacyFee } from '../../../src/lib/import/parse-legacy-fee';
import { parseLegacyLegalBasis } from '../../../src/lib/import/parse-legacy-legal-basis';
import { noteChannels, noteResults } from '../../../src/lib/import/parse-legacy-note';
import { parseLevels } from '../../../src/lib/import/parse-levels';
import { findTemporaryRate } from '../../../src/lib/import/parse-temporary-rate';
import {
	parseApplicants,
	parseConditions,
	parseResults,
	parseSteps,
} from '../../../src/lib/import/parse-text-lists';
import { parseTimeLimit } from '../../../src/lib/import/parse-time-limit';
import { channelNames, splitChannels } from '../../../src/lib/import/split-channels';
import { splitDocuments } from '../../../src/lib/import/split-documents';
import { splitLegalBasis } from '../../../src/lib/import/split-legal-basis';

/**
 * Pieces of the national database’s flattened tables: headers, channel names, time and fee
 * cells, quantities, form files, document numbers, dates, brackets and odd spaces. Strings
 * glued from them reach the splitters’ tricky paths far more often than random text does.
 */
const pieces = [
	'Hình thức nộpThời gianPhí, lệ phíMô tả',
	'Tên giấy tờMẫu đơn, tờ khaiSố lượng',
	'Tên văn bản pháp lýMã văn bản',
	...channelNames,
	'15 Ngày làm việc',
	'105',
	'1',
	'Giờ',
	'Tháng',
	'Trong thời hạn 07 ngày',
	'Miễn phí',
	'50.000 VNĐ',
	'800,000 Việt Nam Đồng',
	'100 USD',
	'99999999999999999999 VNĐ',
	'99999999999999999999 đồng',
	`${'9'.repeat(400)} Ngày`,
	'25.000 đồng',
	'áp dụng mức phí 25.000 đồng/hồ sơ kể từ ngày 01/7/2025 đến hết ngày 31/12/2026',
	'theo Thông tư số 64/2025/TT-BTC',
	'(',
	')',
	'1 bản chính',
	'0 bản chính,1 bản sao',
	'01 bản chính',
	'Mẫu TP-LS-05-sđ.docx',
	'Đơn đề nghị',
	'* Giấy tờ phải nộp:',
	'--',
	'Luật',
	'Nghị định số ',
	'01/2010/TT-BTP',
	'65/2006/QH11',
	'11/2020/TT- BTP',
	'191/2025/NĐ-CP',
	'ngày 12/6/2025',
	'ngày 01 tháng 7 năm 2025',
	'năm 2012',
	'Mã: KQ.G15.000094',
	'Từ khóa',
	'Hình thức nộp: Trực tiếp, Trực tuyến.',
	'kết quả: Quyết định cấp Thẻ.',
	'Cấp tỉnh',
	'Cấp xã, Cấp bộ',
	'constructor',
	'1/2020/TT-constructor',
	noInfo,
	'Không',
	'- ',
	'• ',
	', ',
	'; ',
	'. ',
	' ',
	'\n',
	'\r\n',
	'\u00a0',
	'\u200b',
	'\ufeff',
];

/** Text glued from table pieces, or any Unicode text at all. */
const tableText = fc.oneof(
	fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((parts) => parts.join('')),
	fc.string({ unit: 'grapheme', maxLength: 200 }),
	fc.string({ unit: 'binary', maxLength: 200 })
);

/** Runs enough cases to find a crash, few enough for a busy 2-core machine. */
const runs = { numRuns: 400 };

/** Text as the splitters see it, without any white space: what splitting must not lose. */
const bare = (text: string) => normalizeSpaces(text).replace(/\s+/g, '');

/** Whether `amount` is a whole, non-negative number of đồng that survives a round trip. */
const isDong = (amount: number | undefined) =>
	amount === undefined || (Number.isSafeInteger(amount) && amount >= 0);

describe('splitChannels', () => {
	test('returns rows of known channels that keep every character after the first row', () => {
		fc.assert(
			fc.property(tableText, (text) => {
				const rows = splitChannels(text);
				const kept = rows
					.map((row) => `${row.channel}${row.time}${row.fee}${row.feeNote}${row.description}`)
					.join('');
				expect(rows.every((row) => channelNames.includes(row.channel))).toBe(true);
				expect(
					bare(text)
						.replace(bare(pieces[0] as string), '')
						.endsWith(bare(kept))
				).toBe(true);
			}),
			runs
		);
	});
});

describe('splitDocuments', () => {
	test('returns named papers with whole counts, every name and form taken from the text', () => {
		fc.assert(
			fc.property(tableText, (text) => {
				const { groups, uncertain } = splitDocuments(text);
				const source = bare(text);
				for (const group of groups) {
					if (group.case !== undefined) expect(source).toContain(bare(group.case));
					for (const item of group.items) {
						expect(item.name).not.toBe('');
						expect(source).toContain(bare(item.name));
						if (item.form) expect(source).toContain(bare(item.form));
						expect(Number.isInteger(item.originals) && item.originals >= 0).toBe(true);
						expect(Number.isInteger(item.copies) && item.copies >= 0).toBe(true);
					}
				}
				expect(uncertain.every((piece) => typeof piece === 'string')).toBe(true);
			}),
			runs
		);
	});
});

describe('splitLegalBasis and findLegalNumbers', () => {
	test('return well-formed, distinct numbers found in the text, with valid dates', () => {
		fc.assert(
			fc.property(tableText, (text) => {
				const { refs } = splitLegalBasis(text);
				const numbers = refs.map((ref) => ref.number);
				expect(new Set(numbers).size).toBe(numbers.length);
				for (const ref of refs) {
					expect(ref.number).toMatch(legalNumberPattern);
					expect(bare(text)).toContain(bare(ref.number));
					if (ref.date) expect(Number.isNaN(Date.parse(ref.date))).toBe(false);
					if (ref.issuer !== undefined) expect(ref.issuer).not.toMatch(/native code/);
				}
				const matches = findLegalNumbers(text);
				matches.forEach((match, index) => {
					expect(0 <= match.start && match.start < match.end && match.end <= text.length).toBe(
						true
					);
					if (index > 0) expect(match.start).toBeGreaterThanOrEqual(matches[index - 1]!.start);
				});
			}),
			runs
		);
	});

	test('legacy legal basis gives well-formed numbers', () => {
		fc.assert(
			fc.property(tableText, (text) => {
				for (const ref of parseLegacyLegalBasis(text).refs)
					expect(ref.number).toMatch(legalNumberPattern);
			}),
			runs
		);
	});
});

describe('parseFee, parseLegacyFee and the amount readers', () => {
	test('give only whole, non-negative, exact amounts in đồng', () => {
		fc.assert(
			fc.property(tableText, tableText, tableText, (fee, note, description) => {
				const parsed = [parseFee({ fee, note, description }), parseLegacyFee(fee)];
				for (const { fees } of parsed) {
					for (const value of fees) {
						expect(isDong(value.amount)).toBe(true);
						expect(isDong(value.temporaryRate?.amount)).toBe(true);
					}
				}
				const cell = parseAmountCell(fee);
				if (cell.kind === 'dong') expect(isDong(cell.value)).toBe(true);
				expect(isDong(firstDongAmount(note))).toBe(true);
				expect(isDong(findTemporaryRate(note)?.amount)).toBe(true);
			}),
			runs
		);
	});
});

describe('parseTimeLimit', () => {
	test('keeps the text as written and gives a known unit and a finite, non-negative value', () => {
		fc.assert(
			fc.property(tableText, (text) => {
				const { timeLimit } = parseTimeLimit(text);
				expect(timeUnits).toContain(timeLimit.unit);
				if (timeLimit.value !== undefined)
					expect(Number.isFinite(timeLimit.value) && timeLimit.value >= 0).toBe(true);
				expect(bare(text)).toContain(bare(timeLimit.asWritten));
			}),
			runs
		);
	});
});

describe('parseSteps, parseConditions, parseApplicants and parseResults', () => {
	test('give non-empty one-line items taken from the text', () => {
		fc.assert(
			fc.property(tableText, (text) => {
				const source = bare(text);
				const lists = [parseSteps(text), parseConditions(text), parseApplicants(text)];
				for (const item of lists.flat()) {
					expect(item).not.toBe('');
					expect(item).not.toMatch(/\n/);
					expect(source).toContain(bare(item));
				}
				for (const result of parseResults(text)) expect(result.name).not.toBe('');
			}),
			runs
		);
	});

	test('lose no text when splitting steps and applicants without dashes or placeholders', () => {
		const plain = tableText.filter(
			(text) => !/[-–•]/.test(text) && !normalizeSpaces(text).includes(noInfo)
		);
		fc.assert(
			fc.property(plain, (text) => {
				expect(parseSteps(text).map(bare).join('')).toBe(bare(text));
				const uncommaed = (part: string) => bare(part).replace(/,/g, '');
				expect(parseApplicants(text).map(uncommaed).join('')).toBe(uncommaed(text));
			}),
			runs
		);
	});
});

describe('the legacy note and level readers', () => {
	test('never throw and return known values', () => {
		fc.assert(
			fc.property(tableText, (text) => {
				expect(noteChannels(text)?.length ?? 1).toBeGreaterThan(0);
				expect(noteResults(text).every((result) => result !== '')).toBe(true);
				const { levels } = parseLevels(text);
				expect(
					levels.every((level) =>
						['ministry', 'province', 'district', 'commune', 'other'].includes(level)
					)
				).toBe(true);
			}),
			runs
		);
	});
});

// Cases the properties above found, kept as plain examples so they read as specifications.
describe('values the property tests found', () => {
	test('parseAmountCell and firstDongAmount leave amounts beyond 2^53 unread', () => {
		expect(parseAmountCell('99999999999999999999 VNĐ')).toEqual({ kind: 'unreadable' });
		expect(firstDongAmount('99999999999999999999 đồng')).toBeUndefined();
		expect(parseAmountCell('9,007,199,254,740,991 VNĐ')).toEqual({
			kind: 'dong',
			value: Number.MAX_SAFE_INTEGER,
		});
	});

	test('parseTimeLimit leaves a run of digits too long for a number unread', () => {
		const { timeLimit, flags } = parseTimeLimit(`${'9'.repeat(400)} ngày`);
		expect(timeLimit).toMatchObject({ unit: 'unspecified' });
		expect(timeLimit.value).toBeUndefined();
		expect(flags.map(({ code }) => code)).toEqual(['parse-uncertain']);
	});

	test('labels named like object members are unknown, not inherited values', () => {
		expect(parseLevels('constructor, Cấp tỉnh')).toEqual({
			levels: ['other', 'province'],
			unknown: ['constructor'],
		});
		expect(noteChannels('Hình thức nộp: constructor, Trực tuyến.')).toEqual(['online']);
		expect(legalIssuer('TT-constructor')).toBeUndefined();
	});
});
