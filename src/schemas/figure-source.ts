import { z } from 'astro/zod';
import { boundedNumber } from './primitives';

/**
 * Where a figure of a review comes from, so that a reader can judge it:
 * - `procedure`: the published procedure record (`content/procedures/<id>.md`): fees, time limits;
 * - `statistics`: one-stop dossier statistics (số liệu Bộ phận Một cửa, hệ thống một cửa điện tử);
 * - `survey`: asked of applicants or staff (khảo sát, phỏng vấn);
 * - `law`: set by a legal document (e.g. a fee tariff);
 * - `estimate`: the reviewing officer’s estimate (ước tính), to be replaced by a better figure;
 * - `dossiers`: counted from the dossier files of `content/dossiers/` for the year before the
 *   review (`npm run check` recounts it).
 */
export const figureOrigins = [
	'procedure',
	'statistics',
	'survey',
	'law',
	'estimate',
	'dossiers',
] as const;

/** Vietnamese labels for {@link figureOrigins}, shown beside each figure. */
export const figureOriginLabels: Record<FigureOrigin, string> = {
	procedure: 'Theo TTHC công bố',
	statistics: 'Số liệu một cửa',
	survey: 'Khảo sát',
	law: 'Theo văn bản quy định',
	estimate: 'Ước tính',
	dossiers: 'Theo số liệu hồ sơ',
};

/** The two fields every sourced figure carries: `from` and an optional `note`. */
export const figureSourceShape = {
	/** Where the figure comes from: procedure, statistics, survey, law or estimate. */
	from: z.enum(figureOrigins, {
		errorMap: () => ({ message: `cần một trong: ${figureOrigins.join(', ')}` }),
	}),
	/** How it was obtained, in a sentence, e.g. “Ước tính: 2 lượt đi lại × 1 giờ (dữ liệu mẫu)”. */
	note: z.string().trim().optional(),
};

/** A count with its source, e.g. dossiers per year. */
export const sourcedCountSchema = z
	.object({
		/** The number, 0 to 100.000.000; may be decimal for averages (e.g. 0.5 times a year). */
		value: boundedNumber('cần một số từ 0 đến 100.000.000', 0, 100_000_000),
		...figureSourceShape,
	})
	.strict();

export type FigureOrigin = (typeof figureOrigins)[number];
export type SourcedCount = z.output<typeof sourcedCountSchema>;
