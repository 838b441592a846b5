import { describe, expect, test } from 'vitest';
import { scoringRules } from '../../../../src/lib/review/score/rules';
import { reviewConfigSchema } from '../../../../src/schemas/review-config';
import { mockConfig } from '../../../support/review-factory';

describe('scoringRules', () => {
	test('prints the configured thresholds and W', () => {
		const config = reviewConfigSchema.parse(
			mockConfig({
				scoring: { necessityThreshold: 60, alternativeCap: 30, componentWeights: { documents: 2 } },
			})
		);
		const text = scoringRules(config).join('\n');
		expect(text).toContain('sự cần thiết dưới 60');
		expect(text).toContain('tối đa 30');
		expect(text).toContain('riêng documents: 2');
		expect(text).toContain('47.727 đồng/giờ');
		expect(text).toContain('chưa đối chiếu văn bản hướng dẫn');
	});
});
