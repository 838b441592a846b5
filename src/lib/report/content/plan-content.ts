import type { Organisation } from '../../../config/organisation';
import { reviewStatusLabels } from '../../../schemas/review-record';
import { formatDate, formatNumber, formatPercent, formatScore } from '../../format/vi';
import type { ReportData } from '../build-report';
import type { PlanRow } from '../plan-section';
import { letterhead } from '../letterhead';
import { sampleNotice, type Appendix, type Block, type DocumentContent } from './blocks';

/** The legal grounds every review document cites (domain.md §1). */
export const legalGrounds = [
	'Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính, được sửa đổi, bổ sung bởi Nghị định số 48/2013/NĐ-CP và Nghị định số 92/2017/NĐ-CP;',
	'Căn cứ Thông tư số 02/2017/TT-VPCP ngày 31/10/2017 của Văn phòng Chính phủ hướng dẫn về nghiệp vụ kiểm soát thủ tục hành chính;',
];

/** “20% chi phí tuân thủ, 20% số lượng thủ tục hành chính và 50% thời gian giải quyết”. */
function targetPhrase(data: ReportData): string {
	const parts = data.plan.targets.map(
		(target) => `${formatPercent(target.share)} ${target.label.toLocaleLowerCase('vi')}`
	);
	return parts.length < 2 ? parts.join('') : `${parts.slice(0, -1).join(', ')} và ${parts.at(-1)}`;
}

/** Selected procedures per field, most first, with the unit that leads most of them. */
function fieldRows(rows: PlanRow[]): string[][] {
	const fields = new Map<string, PlanRow[]>();
	for (const row of rows) fields.set(row.field, [...(fields.get(row.field) ?? []), row]);
	return [...fields]
		.sort(([a, x], [b, y]) => y.length - x.length || a.localeCompare(b, 'vi'))
		.map(([field, list], index) => [
			String(index + 1),
			field,
			formatNumber(list.length),
			[...new Set(list.map((row) => row.leadUnit))].join('; '),
		]);
}

/** The body of the Kế hoạch rà soát, đánh giá TTHC năm Y (TT 02/2017 Điều 24; domain.md §2.2). */
export function planContent(data: ReportData, organisation: Organisation): DocumentContent {
	const { plan, hourlyIncome } = data;
	const blocks: Block[] = [
		...sampleNotice(data.sampleNotes),
		...legalGrounds.map((text): Block => ({ kind: 'paragraph', text, style: 'italic' })),
		{
			kind: 'paragraph',
			text: `${organisation.agency} ban hành Kế hoạch rà soát, đánh giá thủ tục hành chính năm ${data.year} như sau:`,
		},
		{ kind: 'heading', level: 1, text: 'I. MỤC ĐÍCH, YÊU CẦU' },
		{ kind: 'heading', level: 2, text: '1. Mục đích' },
		{
			kind: 'list',
			items: [
				'Rà soát, đánh giá sự cần thiết, tính hợp lý, tính hợp pháp và chi phí tuân thủ của các thủ tục hành chính thuộc phạm vi quản lý của Sở; phát hiện để kiến nghị sửa đổi, bổ sung, thay thế hoặc bãi bỏ quy định không cần thiết, không hợp lý, không hợp pháp.',
				`Giảm chi phí tuân thủ cho người dân, doanh nghiệp; phấn đấu cắt giảm ít nhất ${targetPhrase(data)} (căn cứ tại mục II.2).`,
			],
		},
		{ kind: 'heading', level: 2, text: '2. Yêu cầu' },
		{
			kind: 'list',
			items: [
				`Rà soát ít nhất ${formatPercent(plan.share)} số thủ tục hành chính đang thực hiện (chỉ tiêu của Sở), tức ${formatNumber(plan.required)}/${formatNumber(plan.population)} thủ tục; Kế hoạch này chọn ${formatNumber(plan.selected)} thủ tục (${formatPercent(plan.coverage)}).`,
				'Rà soát, đánh giá theo Biểu mẫu 02/RS-KSTT; tính chi phí tuân thủ trước và sau phương án đơn giản hóa theo Điều 27 Thông tư số 02/2017/TT-VPCP, ghi rõ nguồn của từng số liệu.',
				'Phương án đơn giản hóa phải cụ thể, nêu rõ văn bản, điều khoản cần sửa đổi và cơ quan có thẩm quyền quyết định; bảo đảm chất lượng và đúng thời hạn.',
			],
		},
		{ kind: 'heading', level: 1, text: 'II. NỘI DUNG RÀ SOÁT' },
		{ kind: 'heading', level: 2, text: '1. Thủ tục hành chính được lựa chọn' },
		{
			kind: 'paragraph',
			text: 'Thủ tục được lựa chọn theo điểm ưu tiên (0–100) tính từ các căn cứ: số lượng hồ sơ, phản ánh, kiến nghị, tỷ lệ trễ hạn, thời hạn giải quyết so với thực tế, chi phí tuân thủ, số giấy tờ phải nộp, thời gian từ lần rà soát trước và thay đổi căn cứ pháp lý; thủ tục có điểm cao hơn được chọn trước, điểm bằng nhau xếp theo mã.',
		},
		...plan.missingSignals.map(
			(text): Block => ({ kind: 'paragraph', text: `Lưu ý: ${text}`, style: 'italic' })
		),
		{
			kind: 'paragraph',
			text: `Kế hoạch chọn ${formatNumber(plan.selected)} thủ tục thuộc ${formatNumber(fieldRows(plan.rows).length)} lĩnh vực; danh mục từng thủ tục với căn cứ lựa chọn, đơn vị chủ trì và thời hạn hoàn thành tại Phụ lục kèm theo Kế hoạch này.`,
		},
		{
			kind: 'table',
			columns: [
				{ heading: 'STT', width: 7, align: 'center' },
				{ heading: 'Lĩnh vực', width: 35 },
				{ heading: 'Số thủ tục', width: 13, align: 'center' },
				{ heading: 'Đơn vị chủ trì', width: 45 },
			],
			rows: fieldRows(plan.rows),
		},
		{ kind: 'heading', level: 2, text: '2. Chỉ tiêu cắt giảm' },
		{
			kind: 'table',
			columns: [
				{ heading: 'STT', width: 7, align: 'center' },
				{ heading: 'Nội dung cắt giảm', width: 29 },
				{ heading: 'Chỉ tiêu tối thiểu', width: 16, align: 'center' },
				{ heading: 'Căn cứ', width: 48 },
			],
			rows: plan.targets.map((target, index) => [
				String(index + 1),
				target.label,
				formatPercent(target.share),
				target.basis,
			]),
		},
		{ kind: 'heading', level: 1, text: 'III. TỔ CHỨC THỰC HIỆN' },
		{
			kind: 'table',
			columns: [
				{ heading: 'STT', width: 7, align: 'center' },
				{ heading: 'Nội dung công việc', width: 49 },
				{ heading: 'Đơn vị thực hiện', width: 28 },
				{ heading: 'Thời hạn', width: 16, align: 'center' },
			],
			rows: plan.schedule.map((step, index) => [
				String(index + 1),
				step.task,
				step.by,
				formatDate(step.due),
			]),
		},
		{
			kind: 'list',
			items: [
				'Các phòng, đơn vị chủ trì chịu trách nhiệm về chất lượng và số liệu của kết quả rà soát; số liệu chi phí ghi rõ nguồn (cơ sở dữ liệu, thống kê của Bộ phận Một cửa, ước tính).',
				`Chi phí thời gian tính theo thu nhập bình quân một giờ ${formatNumber(hourlyIncome.value)} đồng (${hourlyIncome.derivation})${hourlyIncome.verified ? '' : '; cách tính chưa đối chiếu văn bản hướng dẫn'}.`,
				'Văn phòng Sở theo dõi, đôn đốc, tổng hợp kết quả, báo cáo Giám đốc Sở; trong quá trình thực hiện, nếu có vướng mắc, các đơn vị phản ánh về Văn phòng Sở để tổng hợp, báo cáo.',
			],
		},
	];
	const appendix: Appendix = {
		title: `DANH MỤC THỦ TỤC HÀNH CHÍNH RÀ SOÁT, ĐÁNH GIÁ NĂM ${data.year}`,
		subtitle: `(Kèm theo Kế hoạch số …/KH-${organisation.agencyCode} ngày … tháng … năm … của ${organisation.agency})`,
		blocks: [
			{
				kind: 'table',
				columns: [
					{ heading: 'STT', width: 7, align: 'center' },
					{ heading: 'Thủ tục hành chính', width: 29 },
					{ heading: 'Căn cứ lựa chọn', width: 35 },
					{ heading: 'Đơn vị chủ trì', width: 15 },
					{ heading: 'Thời hạn hoàn thành', width: 14, align: 'center' },
				],
				rows: plan.rows.map((row) => [
					String(row.index),
					`${row.name}\n(Mã ${row.id}; lĩnh vực ${row.field}; điểm ưu tiên ${formatScore(row.score)}${row.reviewStatus ? `; ${reviewStatusLabels[row.reviewStatus].toLocaleLowerCase('vi')}` : ''})`,
					row.grounds.map((ground) => `- ${ground}`).join('\n'),
					row.leadUnit,
					formatDate(row.deadline),
				]),
			},
		],
	};
	return {
		letterhead: letterhead(organisation, 'plan', data.year),
		blocks,
		appendices: [appendix],
	};
}
