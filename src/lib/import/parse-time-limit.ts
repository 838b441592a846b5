import type { TimeUnit } from '../../schemas/time-limit';
import { noInfo, oneLine } from './clean-text';
import { draft, type FlagDraft } from './flags';

/** A time limit as the schema takes it. */
export interface TimeLimitValue {
	value?: number;
	unit: TimeUnit;
	asWritten: string;
}

/** Units as the sources write them, longest first so “ngày làm việc” wins over “ngày”. */
const unitWords: [RegExp, TimeUnit][] = [
	[/^ngày làm việc/i, 'working-days'],
	[/^ngày/i, 'days'],
	[/^giờ/i, 'hours'],
	[/^tháng/i, 'months'],
];

/** A number at the start, optionally after “Trong thời hạn” / “Trong vòng”, as legacy rows write it. */
const leadingNumber = /^(?:trong (?:thời hạn|vòng)\s+)?(\d+(?:[.,]\d+)?)\s*/i;

/**
 * Reads a time limit cell (“15 Ngày làm việc”, “105”, “1”, “Không có thông tin”, or a legacy
 * sentence such as “07 ngày làm việc (kể từ…)”). Doubtful values keep their text and get a flag.
 */
export function parseTimeLimit(source: string): { timeLimit: TimeLimitValue; flags: FlagDraft[] } {
	const asWritten = oneLine(source);
	const unspecified: TimeLimitValue = { unit: 'unspecified', asWritten };
	if (asWritten === '' || asWritten === noInfo) {
		return {
			timeLimit: unspecified,
			flags: [
				draft('time-limit-missing', 'Nguồn không ghi thời hạn giải quyết — đang được xác minh.'),
			],
		};
	}
	if (asWritten === '1') {
		return {
			timeLimit: unspecified,
			flags: [
				draft(
					'time-limit-placeholder',
					'Thời hạn ghi “1” là giá trị giữ chỗ trong CSDL quốc gia; thời hạn thực tế nằm trong phần trình tự — đang được xác minh.',
					asWritten
				),
			],
		};
	}
	const number = leadingNumber.exec(asWritten);
	const value = number ? Number((number[1] as string).replace(',', '.')) : NaN;
	// A run of digits too long for a number (a typo) is as unreadable as no number at all.
	if (!number || !(value > 0) || !Number.isFinite(value)) {
		return {
			timeLimit: unspecified,
			flags: [
				draft(
					'parse-uncertain',
					`Không đọc được thời hạn “${asWritten}” — đang được xác minh.`,
					asWritten
				),
			],
		};
	}
	const after = asWritten.slice(number[0].length);
	const unit = unitWords.find(([pattern]) => pattern.test(after))?.[1];
	if (!unit) {
		return {
			timeLimit: { value, unit: 'unspecified', asWritten },
			flags: [
				draft(
					'time-limit-no-unit',
					`Thời hạn ghi “${asWritten}” không có đơn vị (ngày hay ngày làm việc) — đang được xác minh.`,
					asWritten
				),
			],
		};
	}
	// Legacy sentences may state several limits (“10 ngày…; … không quá 15 ngày”): the first one is
	// kept as the value, and the rest of the sentence stays in `asWritten` for the officer to check.
	const more = /\d+\s*(?:ngày|giờ|tháng)/i.test(after.replace(/^\S+(\s+làm việc)?/i, ''));
	const flags = more
		? [
				draft(
					'parse-uncertain',
					`Nguồn nêu nhiều mức thời hạn; ghi mức đầu tiên (${number[1]} ${after.split(/[\s,;(]/)[0]}) — đang được xác minh.`,
					asWritten
				),
			]
		: [];
	return { timeLimit: { value, unit, asWritten }, flags };
}
