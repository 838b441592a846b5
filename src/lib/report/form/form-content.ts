import type { Organisation } from '../../../config/organisation';
import type { Procedure } from '../../../schemas/procedure';
import {
	legalityLabels,
	legalityQuestions,
	reasonablenessComponents,
	reasonablenessLabels,
	type Answer,
} from '../../../schemas/review-form';
import type { ReviewRecord } from '../../../schemas/review-record';
import { reviewStatusLabels } from '../../../schemas/review-status';
import { changeKindLabels, optionActionLabels } from '../../../schemas/simplification-option';
import { formatDate, formatDecimal, formatNumber } from '../../format/vi';
import { verdictLabel } from '../../review/answers';
import type { RecordScore } from '../../review/score/score-record';
import { blank } from '../letterhead';
import { sampleNotice, type Block } from '../content/blocks';
import { formCostTable } from './form-cost-table';

/** Exact title of the form (TT 02/2017/TT-VPCP, Phụ lục VI; domain.md §4). */
export const formTitle = 'BIỂU MẪU RÀ SOÁT, ĐÁNH GIÁ THỦ TỤC HÀNH CHÍNH (BIỂU MẪU 02/RS-KSTT)';

/** A filled form 02/RS-KSTT, ready to lay out. */
export interface FormContent {
	/** Upper-case lines of the agency block, top left. */
	agency: string[];
	title: string;
	/** Lines under the title: year, status. */
	subtitle: string[];
	blocks: Block[];
	/** Signature blocks: the person who filled the form, and the head of the unit. */
	signers: { title: string; name: string }[];
}

const answerColumns = [
	{ heading: 'STT', width: 7, align: 'center' as const },
	{ heading: 'Nội dung', width: 30 },
	{ heading: 'Đánh giá', width: 11, align: 'center' as const },
	{ heading: 'Lý do', width: 28 },
	{ heading: 'Đề xuất', width: 24 },
];

/** The rows of one answer, and under it one row per paper, step or condition. */
function answerRows(number: string, label: string, answer: Answer): string[][] {
	return [
		[number, label, verdictLabel(answer.ok), answer.reason ?? '', answer.proposal ?? ''],
		...(answer.items ?? []).map((row, index) => [
			`${number}.${index + 1}`,
			`– ${row.item}`,
			verdictLabel(row.ok),
			row.reason ?? '',
			row.proposal ?? '',
		]),
	];
}

function generalBlocks(record: ReviewRecord, procedure: Procedure | undefined): Block[] {
	const general = record.general;
	const name = general?.name ?? procedure?.name ?? record.procedure;
	const code = general?.code ?? procedure?.code ?? blank;
	const documents = general?.documents ?? procedure?.legalBasis.map((ref) => ref.number) ?? [];
	return [
		{ kind: 'heading', level: 1, text: 'I. THÔNG TIN CHUNG' },
		{
			kind: 'list',
			items: [
				`Tên thủ tục hành chính: ${name}. Mã số hồ sơ thủ tục hành chính trên Cơ sở dữ liệu quốc gia về thủ tục hành chính: ${code}.`,
				`Lĩnh vực: ${general?.field ?? procedure?.field ?? blank}.`,
				`Văn bản quy định về thủ tục hành chính: ${documents.join('; ') || blank}.`,
				`Cơ quan, đơn vị thực hiện rà soát: ${record.reviewer.unit}.`,
			],
		},
	];
}

function necessityBlocks(record: ReviewRecord): Block[] {
	const counters = { 'state-management': 0, rights: 0 };
	const { objectives, alternative } = record.necessity;
	return [
		{ kind: 'heading', level: 1, text: 'II. SỰ CẦN THIẾT CỦA THỦ TỤC HÀNH CHÍNH' },
		{
			kind: 'paragraph',
			text: 'Mục tiêu của thủ tục: a. về quản lý nhà nước; b. về bảo đảm quyền, nghĩa vụ, lợi ích hợp pháp của cá nhân, tổ chức.',
		},
		{
			kind: 'table',
			columns: [
				{ heading: 'STT', width: 8, align: 'center' },
				{ heading: 'Mục tiêu', width: 38 },
				{ heading: 'Có thay đổi?', width: 12, align: 'center' },
				{ heading: 'Còn đạt được?', width: 12, align: 'center' },
				{ heading: 'Lý do', width: 30 },
			],
			rows:
				objectives.length === 0
					? [['', 'Chưa nêu mục tiêu', '', '', '']]
					: objectives.map((objective) => {
							counters[objective.kind] += 1;
							const prefix = objective.kind === 'state-management' ? 'a' : 'b';
							return [
								`${prefix}.${counters[objective.kind]}`,
								objective.text,
								objective.changed ? 'Có' : 'Không',
								objective.stillMet ? 'Có' : 'Không',
								objective.reason ?? '',
							];
						}),
		},
		{
			kind: 'paragraph',
			text: `Có biện pháp khác (không phải thủ tục hành chính) đạt được các mục tiêu trên không? ${alternative.exists ? 'Có' : 'Không'}.${alternative.measure ? ` Biện pháp: ${alternative.measure}` : ''}${alternative.advantages ? ` Ưu điểm: ${alternative.advantages}` : ''}`,
		},
	];
}

function optionBlocks(record: ReviewRecord): Block[] {
	const { option } = record;
	const names = new Map(
		[...record.cost.activities, ...record.cost.fees, ...record.cost.otherCosts].map((line) => [
			line.key,
			line.name,
		])
	);
	const named = (key: string) => names.get(key) ?? key;
	const effects = (change: ReviewRecord['option']['changes'][number]) =>
		[
			...Object.entries(change.effects.hours).map(
				([key, hours]) => `${named(key)}: ${formatDecimal(hours)} giờ`
			),
			...Object.entries(change.effects.fees).map(
				([key, amount]) => `${named(key)}: ${formatNumber(amount)} đồng`
			),
			...Object.entries(change.effects.otherCosts).map(
				([key, amount]) => `${named(key)}: ${formatNumber(amount)} đồng`
			),
			...(change.effects.timeLimit
				? [`Thời hạn: rút ngắn ${formatDecimal(change.effects.timeLimit)}`]
				: []),
		].join('\n');
	return [
		{ kind: 'heading', level: 1, text: 'PHƯƠNG ÁN ĐƠN GIẢN HÓA' },
		{
			kind: 'paragraph',
			text: `${optionActionLabels[option.action]}: ${option.summary ?? 'chưa có phương án.'}`,
		},
		...(option.changes.length === 0
			? []
			: [
					{
						kind: 'table' as const,
						columns: [
							{ heading: 'STT', width: 7, align: 'center' as const },
							{ heading: 'Nội dung đơn giản hóa', width: 29 },
							{ heading: 'Lý do', width: 22 },
							{ heading: 'Kiến nghị thực thi', width: 24 },
							{ heading: 'Tiết kiệm mỗi lần', width: 18 },
						],
						rows: option.changes.map((change, index) => [
							String(index + 1),
							`${changeKindLabels[change.kind]}: ${change.what}`,
							change.reason,
							`Sửa đổi ${change.legalChange.provision ?? blank} ${change.legalChange.document}; ${change.legalChange.decidedBy}${change.legalChange.due ? `; thời hạn ${change.legalChange.due}` : ''}`,
							effects(change),
						]),
					},
				]),
	];
}

/**
 * Form 02/RS-KSTT of one review, filled: section I from the record (or its procedure), II–IV
 * with every answer and reason and a row per paper, step and condition, the compliance cost
 * before and after, the option, and V the contact; sample records carry the sample notice.
 */
export function formContent(
	record: ReviewRecord,
	procedure: Procedure | undefined,
	score: RecordScore,
	hourlyIncome: number,
	organisation: Organisation
): FormContent {
	const reviewer = record.reviewer;
	const blocks: Block[] = [
		...sampleNotice(
			record.sample
				? [
						'Bản rà soát này là dữ liệu mẫu do dự án soạn để minh họa, không phải kết quả rà soát thật.',
					]
				: []
		),
		...generalBlocks(record, procedure),
		...necessityBlocks(record),
		{ kind: 'heading', level: 1, text: 'III. TÍNH HỢP LÝ CỦA THỦ TỤC HÀNH CHÍNH' },
		{
			kind: 'table',
			columns: answerColumns,
			rows: reasonablenessComponents.flatMap((key, index) =>
				answerRows(String(index + 1), reasonablenessLabels[key], record.reasonableness[key])
			),
		},
		{ kind: 'heading', level: 1, text: 'IV. TÍNH HỢP PHÁP CỦA THỦ TỤC HÀNH CHÍNH' },
		{
			kind: 'table',
			columns: answerColumns,
			rows: legalityQuestions.flatMap((key, index) =>
				answerRows(String(index + 1), legalityLabels[key], record.legality[key])
			),
		},
		{ kind: 'heading', level: 1, text: 'CHI PHÍ TUÂN THỦ THỦ TỤC HÀNH CHÍNH' },
		...formCostTable(record, score.cost, hourlyIncome),
		...optionBlocks(record),
		{ kind: 'heading', level: 1, text: 'V. THÔNG TIN LIÊN HỆ' },
		{
			kind: 'list',
			items: [
				`Họ và tên người điền: ${reviewer.person ?? blank}`,
				`Điện thoại cố định: ${reviewer.phone ?? blank}; Thư điện tử: ${reviewer.email ?? blank}`,
			],
		},
	];
	const last = record.history.at(-1);
	return {
		agency: [
			organisation.agency.toLocaleUpperCase('vi-VN'),
			reviewer.unit.replace(`, ${organisation.agency}`, '').toLocaleUpperCase('vi-VN'),
		],
		title: formTitle,
		subtitle: [
			`Năm rà soát ${record.year} · ${reviewStatusLabels[record.status]}${last ? ` ngày ${formatDate(last.date)}` : ''}`,
		],
		blocks,
		signers: [
			{ title: 'NGƯỜI ĐIỀN PHIẾU', name: reviewer.person ?? '' },
			{ title: 'THỦ TRƯỞNG ĐƠN VỊ RÀ SOÁT', name: '' },
		],
	};
}
