import { describe, expect, test } from 'vitest';
import { parseLevels } from '../../../src/lib/import/parse-levels';
import {
	parseApplicants,
	parseConditions,
	parseResults,
	parseSteps,
} from '../../../src/lib/import/parse-text-lists';

describe('parseSteps', () => {
	test('returns one paragraph per non-empty line without list dashes', () => {
		expect(
			parseSteps('- Nộp hồ sơ tại Sở.  \n\n+ Giấy tờ kèm theo\nTrong thời hạn 05 ngày')
		).toEqual(['Nộp hồ sơ tại Sở.', '+ Giấy tờ kèm theo', 'Trong thời hạn 05 ngày']);
	});
});

describe('parseConditions', () => {
	test('returns none for “Không có thông tin” or “Không”', () => {
		expect(parseConditions('Không có thông tin')).toEqual([]);
		expect(parseConditions('Không.')).toEqual([]);
	});

	test('returns each condition as written', () => {
		expect(parseConditions('Tổ chức hành nghề luật sư phải có trụ sở làm việc.')).toEqual([
			'Tổ chức hành nghề luật sư phải có trụ sở làm việc.',
		]);
	});
});

describe('parseApplicants', () => {
	test('splits on commas outside brackets', () => {
		expect(parseApplicants('Tổ chức (không bao gồm doanh nghiệp, HTX), Công dân Việt Nam')).toEqual(
			['Tổ chức (không bao gồm doanh nghiệp, HTX)', 'Công dân Việt Nam']
		);
	});
});

describe('parseResults', () => {
	test('reads name and code pairs and drops the page text after them', () => {
		expect(
			parseResults(
				'Giấy đăng ký hành nghề luật sưMã: KQ.G15.000094Quyết định từ chốiMã: KQ.G15.000095Từ khóaKhông có thông tinMô tảKhông có thông tinChọn cơ quan thực hiện'
			)
		).toEqual([
			{ name: 'Giấy đăng ký hành nghề luật sư', code: 'KQ.G15.000094' },
			{ name: 'Quyết định từ chối', code: 'KQ.G15.000095' },
		]);
	});

	test('keeps a result without a code', () => {
		expect(parseResults('Quyết định cấp thẻTừ khóa')).toEqual([{ name: 'Quyết định cấp thẻ' }]);
	});
});

describe('parseLevels', () => {
	test('maps the national labels, whatever their case', () => {
		expect(parseLevels('Cấp tỉnh, Cấp xã').levels).toEqual(['province', 'commune']);
		expect(parseLevels('Cấp Bộ, Cấp Tỉnh').levels).toEqual(['ministry', 'province']);
	});

	test('lists labels it does not know', () => {
		expect(parseLevels('Cấp vùng')).toEqual({ levels: ['other'], unknown: ['Cấp vùng'] });
	});
});
