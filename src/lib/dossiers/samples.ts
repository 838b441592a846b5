import type { Procedure } from '../../schemas/procedure';
import { dossierChannels, type DossierChannel } from './channel';
import { parseDay, yearOfDay, type Day } from './days';
import type { SampleProcedure, SampleSpec } from './generate';

/** A procedure as loaded from content, enough to decide whether it took dossiers in a year. */
export interface ProcedureEntry {
	id: string;
	data: Pick<Procedure, 'code' | 'name' | 'field' | 'channels' | 'status' | 'provenance'> &
		Partial<Pick<Procedure, 'legalBasis'>>;
}

/**
 * First day a procedure whose code is new in 2025–2026 takes sample dossiers. An assumption for
 * sample data only: these codes came with the two-level local government that started on
 * 1 July 2025 (domain.md §1, context), the day the criminal-record procedures left the
 * department; the national database gives no start date.
 */
export const newCodeFirstDay = '2025-07-01';

/**
 * The first day a procedure can take dossiers, for a procedure with a new code (the importer’s
 * `eraHint` says “mã mới 2025-2026”): {@link newCodeFirstDay}, or the day its newest dated
 * legal document was issued when that is later. `undefined` for older codes.
 */
export function firstDay(entry: ProcedureEntry): Day | undefined {
	const hint = entry.data.provenance.eraHint;
	if (!hint || !/mã mới 2025-2026/i.test(hint)) return undefined;
	const dated = (entry.data.legalBasis ?? []).flatMap((ref) => (ref.date ? [ref.date] : []));
	return parseDay([newCodeFirstDay, ...dated].sort().at(-1)!) ?? undefined;
}

/**
 * Whether a procedure took dossiers in `year`, from and until when. Up to 2021 the importer’s
 * `eraHint` decides (the source table estimates from the code whether a procedure existed in
 * 2021); later years use the current status: active ones, and others until their status date;
 * a procedure with a new code starts on its {@link firstDay}. Returns `null` when it took none,
 * else its first and last day in the year (`undefined` = from the start, to the end).
 */
export function activeIn(entry: ProcedureEntry, year: number): { from?: Day; until?: Day } | null {
	const { status, provenance } = entry.data;
	const since = status.since ? parseDay(status.since) : null;
	const until = since !== null && yearOfDay(since) === year ? { until: since - 1 } : {};
	const first = firstDay(entry);
	if (first !== undefined && yearOfDay(first) > year) return null;
	const from = first !== undefined && yearOfDay(first) === year ? { from: first } : {};
	if (year <= 2021) {
		if (provenance.eraHint && /không có năm 2021/i.test(provenance.eraHint)) return null;
		if (since !== null && yearOfDay(since) < year && status.state !== 'active') return null;
		return { ...from, ...until };
	}
	if (status.state === 'active') return from;
	return since !== null && yearOfDay(since) >= year ? { ...from, ...until } : null;
}

/** The procedures that took dossiers in `year`, as the generator needs them. */
export function sampleProcedures(
	entries: readonly ProcedureEntry[],
	year: number
): SampleProcedure[] {
	return entries.flatMap((entry) => {
		const active = activeIn(entry, year);
		if (!active) return [];
		return [
			{
				id: entry.id,
				code: entry.data.code,
				field: entry.data.field,
				frequency: nameWeight(entry.data.name),
				channels: entry.data.channels.map(({ kind, timeLimit }) => ({
					kind: isDossierChannel(kind) ? kind : 'in-person',
					timeLimit,
				})),
				...active,
			},
		];
	});
}

function isDossierChannel(kind: string): kind is DossierChannel {
	return (dossierChannels as readonly string[]).includes(kind);
}

/** Kinds of request citizens and firms file often: certificates, copies, confirmations, registrations. */
const commonNames =
	/^(cấp (phiếu|bản sao|giấy xác nhận)|xác nhận|thủ tục xác nhận|thủ tục cấp bản sao|chứng thực|đăng ký hành nghề|cấp thẻ|cấp chứng chỉ|đăng ký (khai sinh|kết hôn|nuôi con nuôi)|giải quyết việc)/i;

/** Kinds of request that happen a few times a year at most: mergers, closures, withdrawals, recognition of foreign training… */
const rareNames =
	/(sáp nhập|hợp nhất|chuyển đổi|giải thể|chấm dứt|thu hồi|tương đương|tạm ngừng|hủy bỏ|miễn nhiệm|bổ nhiệm lại|cấp lại|thành lập|phê duyệt|chuyển nhượng|đào tạo nghề|ở nước ngoài)/i;

/**
 * How common a procedure is within its field, guessed from its name; an assumption for sample
 * data only. Certificates and copies come often, organisational changes rarely.
 */
export function nameWeight(name: string): number {
	if (rareNames.test(name)) return 0.2;
	if (commonNames.test(name)) return 4;
	return 1;
}

/**
 * Relative volume per field in the samples. An assumption for sample data only, from the usual
 * pattern of a provincial Department of Justice: criminal-record certificates far ahead, then
 * notaries, nationality, civil status with foreign elements, lawyers, adoption; commercial
 * arbitration and mediation, insolvency practitioners and state compensation rare.
 */
export const sampleFieldWeights: Record<string, number> = {
	'Lý lịch tư pháp': 40,
	'Công chứng': 10,
	'Quốc tịch': 8,
	'Hộ tịch': 6,
	'Luật sư': 5,
	'Nuôi con nuôi': 4,
	'Chứng thực': 3,
	'Đấu giá tài sản': 3,
	'Giám định tư pháp': 2,
	'Thừa phát lại': 2,
	'Trợ giúp pháp lý': 1.5,
	'Quản tài viên': 0.5,
	'Trọng tài thương mại': 0.5,
	'Hòa giải thương mại': 0.4,
	'Đăng ký biện pháp bảo đảm': 0.4,
	'Hỗ trợ pháp lý cho doanh nghiệp nhỏ và vừa': 0.2,
	'Phổ biến, giáo dục pháp luật': 0.2,
	'Bồi thường nhà nước': 0.1,
};

/** A committed sample: its file name and how to make it. */
export interface SampleDefinition {
	/** File under `content/dossiers/`; the `sample-` prefix is what marks it as sample data. */
	file: string;
	/** Year whose procedures it draws from. */
	year: number;
	/** Everything but the procedures. */
	spec: Omit<SampleSpec, 'procedures'>;
}

const day = (iso: string) => parseDay(iso)!;

/** A period of lower volume (holidays): from, to, share of the usual daily volume. */
const quiet = (from: string, to: string, weight: number) => ({
	from: day(from),
	to: day(to),
	weight,
});

const common = {
	fieldWeights: sampleFieldWeights,
	skew: 1.3,
	fallbackWorkingDays: 15,
	dateFormat: 'vi',
} as const;

/**
 * The committed samples. 2021-H1 matches the department’s published figures (≈1,700 dossiers
 * received, ≈98% resolved early or on time); 2025 and 2026 feed the review plans for 2026 and
 * 2027 (the plan for year Y reads the dossiers of year Y − 1). 2026 stops at October, as an export
 * taken in mid-November for the 2027 plan would. Online shares follow the national push for
 * online filing (low in 2021, most dossiers by 2026).
 */
export const sampleDefinitions: SampleDefinition[] = [
	{
		file: 'sample-2021-h1.csv',
		year: 2021,
		spec: {
			...common,
			seed: 'so-tu-phap/2021-h1',
			from: day('2021-01-01'),
			to: day('2021-06-30'),
			asOf: day('2021-06-30'),
			total: 1700,
			shares: {
				online: 0.12,
				postal: 0.06,
				late: 0.022,
				onTime: 0.22,
				apology: 0.6,
				stalled: 0.002,
			},
			quietPeriods: [
				quiet('2021-01-01', '2021-01-01', 0.1),
				quiet('2021-02-08', '2021-02-17', 0.15),
				quiet('2021-04-21', '2021-04-21', 0.1),
				quiet('2021-04-30', '2021-05-03', 0.1),
			],
		},
	},
	{
		file: 'sample-2025.csv',
		year: 2025,
		spec: {
			...common,
			seed: 'so-tu-phap/2025',
			from: day('2025-01-01'),
			to: day('2025-12-31'),
			asOf: day('2026-01-12'),
			total: 3400,
			shares: {
				online: 0.55,
				postal: 0.04,
				late: 0.015,
				onTime: 0.2,
				apology: 0.65,
				stalled: 0.002,
			},
			quietPeriods: [
				quiet('2025-01-01', '2025-01-01', 0.1),
				quiet('2025-01-25', '2025-02-02', 0.15),
				quiet('2025-04-07', '2025-04-07', 0.1),
				quiet('2025-04-30', '2025-05-04', 0.1),
				quiet('2025-08-30', '2025-09-02', 0.1),
			],
		},
	},
	{
		file: 'sample-2026.csv',
		year: 2026,
		spec: {
			...common,
			seed: 'so-tu-phap/2026',
			from: day('2026-01-01'),
			to: day('2026-10-31'),
			asOf: day('2026-11-16'),
			total: 3000,
			shares: {
				online: 0.68,
				postal: 0.03,
				late: 0.012,
				onTime: 0.2,
				apology: 0.7,
				stalled: 0.002,
			},
			quietPeriods: [
				quiet('2026-01-01', '2026-01-01', 0.1),
				quiet('2026-02-14', '2026-02-22', 0.15),
				quiet('2026-04-27', '2026-04-27', 0.1),
				quiet('2026-04-30', '2026-05-03', 0.1),
				quiet('2026-08-29', '2026-09-02', 0.1),
			],
		},
	},
];
