import type { Organisation } from '../../../config/organisation';
import { reviewStatusLabels } from '../../../schemas/review-record';
import { optionActionLabels } from '../../../schemas/simplification-option';
import { UserError } from '../../cli/run';
import {
	formatDate,
	formatDong,
	formatHours,
	formatNumber,
	formatPercent,
	formatScore,
} from '../../format/vi';
import type { ReportData } from '../build-report';
import { letterhead } from '../letterhead';
import type { ResultRow, ResultsSection } from '../results-section';
import { dossierBlocks } from './dossier-content';
import { keyMessages } from '../key-messages';
import { formatProgress } from '../../review/progress/progress-text';
import { sampleNotice, type Appendix, type Block, type DocumentContent } from './blocks';

/** “3 dự thảo, 5 đã trình…”, leaving out the zeros. */
function counted(lines: { label: string; count: number }[]): string {
	return lines
		.filter((line) => line.count > 0)
		.map((line) => `${formatNumber(line.count)} ${line.label.toLocaleLowerCase('vi')}`)
		.join(', ');
}

function planBlocks(data: ReportData, results: ResultsSection): Block[] {
	const { plan } = data;
	return [
		{ kind: 'heading', level: 1, text: 'I. KẾT QUẢ THỰC HIỆN KẾ HOẠCH' },
		{
			kind: 'list',
			items: [
				`Kế hoạch chọn ${formatNumber(plan.selected)}/${formatNumber(plan.population)} thủ tục hành chính đang thực hiện (${formatPercent(plan.coverage)}; chỉ tiêu tối thiểu ${formatPercent(plan.share)}, tức ${formatNumber(plan.required)} thủ tục).`,
				`Đã rà soát, đánh giá ${formatProgress(plan.progress.started, plan.progress.planned)} thủ tục trong Kế hoạch, trong đó ${formatNumber(plan.progress.submitted)} thủ tục đã trình; ${formatNumber(plan.progress.overdue.length)} thủ tục chậm so với lịch (tính đến ${formatDate(plan.progress.asOf)}); ngoài Kế hoạch có ${formatNumber(plan.progress.outside.length)} bản rà soát, tính riêng.`,
				`Tình trạng các bản rà soát: ${counted(results.statuses)}.`,
			],
		},
		{
			kind: 'table',
			columns: [
				{ heading: 'Đơn vị chủ trì', width: 40 },
				{ heading: 'Trong Kế hoạch', width: 15, align: 'right' },
				{ heading: 'Đã rà soát', width: 17, align: 'right' },
				{ heading: 'Đã trình', width: 14, align: 'right' },
				{ heading: 'Chậm', width: 14, align: 'right' },
			],
			rows: plan.progress.byUnit.map((line) => [
				line.unit,
				formatNumber(line.planned),
				formatProgress(line.started, line.planned),
				formatNumber(line.submitted),
				formatNumber(line.overdue),
			]),
		},
	];
}

/** Each procedure’s share of the saving, and the median rate beside the weighted one. */
function concentrationBlocks(results: ResultsSection): Block[] {
	const { concentration } = results;
	return [
		{ kind: 'heading', level: 2, text: '2. Mức độ tập trung của chi phí tiết kiệm' },
		{
			kind: 'paragraph',
			text: `Tỷ lệ cắt giảm trung vị của từng thủ tục là ${formatPercent(concentration.medianRate)}, so với ${formatPercent(concentration.weightedRate)} tính chung (Σ tiết kiệm ÷ Σ chi phí hiện nay); thủ tục tiết kiệm nhiều nhất chiếm ${formatPercent(concentration.topShare)} tổng số tiết kiệm.`,
		},
		{
			kind: 'table',
			columns: [
				{ heading: 'STT', width: 7, align: 'center' },
				{ heading: 'Thủ tục hành chính', width: 45 },
				{ heading: 'Tiết kiệm một năm (đồng)', width: 18, align: 'right' },
				{ heading: 'Phần trong tổng tiết kiệm', width: 15, align: 'right' },
				{ heading: 'Tỷ lệ cắt giảm', width: 15, align: 'right' },
			],
			rows: concentration.shares.map((line, index) => [
				String(index + 1),
				`${line.name} (${line.id})`,
				formatNumber(line.saving),
				formatPercent(line.share),
				formatPercent(line.savingRate),
			]),
		},
	];
}

function findingItems(record: ResultRow): string[] {
	const findings = record.findings.map(
		(finding) =>
			`Phát hiện (${finding.label}): ${finding.reason || 'chưa đáp ứng'}${finding.proposal ? ` Đề xuất: ${finding.proposal}` : ''}`
	);
	const changes = record.changes.map((change) => `${change.kindLabel}: ${change.what}`);
	const { before, after, saving, savingRate } = record.cost;
	return [
		...(findings.length > 0 ? findings : ['Không phát hiện vấn đề.']),
		`Phương án (${optionActionLabels[record.proposedAction].toLocaleLowerCase('vi')}): ${record.summary}`,
		...changes,
		`Chi phí tuân thủ: ${formatDong(before.perCase)}/lần → ${formatDong(after.perCase)}/lần; ${formatDong(before.perYear)}/năm → ${formatDong(after.perYear)}/năm; tiết kiệm ${formatDong(saving)}/năm (${formatPercent(savingRate)}).`,
	];
}

function assessmentBlocks(results: ResultsSection): Block[] {
	const blocks: Block[] = [
		{ kind: 'heading', level: 1, text: 'II. KẾT QUẢ RÀ SOÁT, ĐÁNH GIÁ' },
		{ kind: 'heading', level: 2, text: '1. Kết quả đánh giá theo tiêu chí' },
		{
			kind: 'table',
			columns: [
				{ heading: 'Tiêu chí', width: 34 },
				{ heading: 'Điểm bình quân (0–100)', width: 22, align: 'right' },
				{ heading: 'Điểm thấp nhất', width: 20, align: 'right' },
				{ heading: 'Số thủ tục có phát hiện', width: 24, align: 'right' },
			],
			rows: results.criteria.map((criterion) => [
				criterion.label,
				formatScore(criterion.average),
				formatScore(criterion.lowest),
				formatNumber(criterion.withFindings),
			]),
		},
		{
			kind: 'paragraph',
			text: `Khuyến nghị theo kết quả chấm điểm: ${counted(results.recommendations)}.`,
		},
		{
			kind: 'table',
			columns: [
				{ heading: 'STT', width: 7, align: 'center' },
				{ heading: 'Thủ tục hành chính', width: 29 },
				{ heading: 'Cần thiết', width: 9, align: 'right' },
				{ heading: 'Hợp lý', width: 8, align: 'right' },
				{ heading: 'Hợp pháp', width: 9, align: 'right' },
				{ heading: 'Khuyến nghị', width: 11 },
				{ heading: 'Phương án', width: 11 },
				{ heading: 'Trạng thái', width: 16 },
			],
			rows: results.records.map((record, index) => [
				String(index + 1),
				`${record.name} (${record.id})`,
				formatScore(record.necessity),
				formatScore(record.reasonableness),
				formatScore(record.legality),
				optionActionLabels[record.recommendation],
				optionActionLabels[record.proposedAction],
				reviewStatusLabels[record.status] + (record.decision ? ` (${record.decision})` : ''),
			]),
		},
		{ kind: 'heading', level: 2, text: '2. Vấn đề phát hiện, phương án đơn giản hóa và chi phí' },
	];
	results.records.forEach((record, index) => {
		blocks.push(
			{
				kind: 'paragraph',
				text: `2.${index + 1}. ${record.name} (mã ${record.id})`,
				style: 'bold',
			},
			{ kind: 'list', items: findingItems(record) }
		);
	});
	return blocks;
}

function costBlocks(results: ResultsSection): Block[] {
	const { totals } = results;
	return [
		{ kind: 'heading', level: 1, text: 'III. CHI PHÍ TUÂN THỦ VÀ LỢI ÍCH' },
		{
			kind: 'paragraph',
			text: `Tổng chi phí tuân thủ của ${formatNumber(results.records.length)} thủ tục đã rà soát là ${formatDong(totals.before)}/năm; sau đơn giản hóa còn ${formatDong(totals.after)}/năm, tiết kiệm ${formatDong(totals.saving)}/năm và ${formatHours(totals.hoursSaved)}/năm. Tỷ lệ cắt giảm chung ${formatPercent(totals.savingRate)} (Σ chi phí tiết kiệm ÷ Σ chi phí trước đơn giản hóa, không lấy trung bình các tỷ lệ).`,
		},
		{ kind: 'heading', level: 2, text: '1. Chi phí từng thủ tục' },
		{
			kind: 'table',
			columns: [
				{ heading: 'STT', width: 7, align: 'center' },
				{ heading: 'Thủ tục hành chính', width: 27 },
				{ heading: 'Chi phí một năm hiện nay (đồng)', width: 16, align: 'right' },
				{ heading: 'Chi phí một năm sau đơn giản hóa (đồng)', width: 16, align: 'right' },
				{ heading: 'Tiết kiệm một năm (đồng)', width: 16, align: 'right' },
				{ heading: 'Tỷ lệ cắt giảm', width: 9, align: 'right' },
				{ heading: 'Giờ tiết kiệm một năm', width: 9, align: 'right' },
			],
			rows: results.records.map((record, index) => [
				String(index + 1),
				`${record.name} (${record.id})`,
				formatNumber(record.cost.before.perYear),
				formatNumber(record.cost.after.perYear),
				formatNumber(record.cost.saving),
				formatPercent(record.cost.savingRate),
				formatNumber(record.cost.hoursSaved),
			]),
			footer: [
				'',
				'Tổng cộng',
				formatNumber(totals.before),
				formatNumber(totals.after),
				formatNumber(totals.saving),
				formatPercent(totals.savingRate),
				formatNumber(totals.hoursSaved),
			],
		},
		...concentrationBlocks(results),
		{ kind: 'heading', level: 2, text: '3. Kết quả so với chỉ tiêu cắt giảm' },
		{
			kind: 'table',
			columns: [
				{ heading: 'Nội dung', width: 26 },
				{ heading: 'Đạt được', width: 16, align: 'right' },
				{ heading: 'Chỉ tiêu', width: 12, align: 'right' },
				{ heading: 'Căn cứ', width: 46 },
			],
			rows: results.targets.map((target) => [
				`${target.label} (${target.measure})`,
				`${formatPercent(target.achieved)} (${target.met ? 'đạt' : 'chưa đạt'})`,
				formatPercent(target.target),
				target.basis,
			]),
		},
		{ kind: 'heading', level: 2, text: '4. Chi phí theo lĩnh vực' },
		{
			kind: 'table',
			columns: [
				{ heading: 'Lĩnh vực', width: 28 },
				{ heading: 'Số thủ tục', width: 10, align: 'right' },
				{ heading: 'Chi phí một năm hiện nay (đồng)', width: 17, align: 'right' },
				{ heading: 'Chi phí một năm sau (đồng)', width: 17, align: 'right' },
				{ heading: 'Tiết kiệm một năm (đồng)', width: 17, align: 'right' },
				{ heading: 'Tỷ lệ cắt giảm', width: 11, align: 'right' },
			],
			rows: results.byField.map((line) => [
				line.field,
				formatNumber(line.procedures),
				formatNumber(line.before),
				formatNumber(line.after),
				formatNumber(line.saving),
				formatPercent(line.savingRate),
			]),
			footer: [
				'Tổng cộng',
				formatNumber(results.records.length),
				formatNumber(totals.before),
				formatNumber(totals.after),
				formatNumber(totals.saving),
				formatPercent(totals.savingRate),
			],
		},
	];
}

function proposalBlocks(results: ResultsSection): Block[] {
	if (results.proposals.length === 0) {
		return [
			{ kind: 'heading', level: 1, text: 'IV. KIẾN NGHỊ' },
			{
				kind: 'paragraph',
				text: 'Các phương án năm nay không cần sửa đổi văn bản quy phạm pháp luật.',
			},
		];
	}
	return [
		{ kind: 'heading', level: 1, text: 'IV. KIẾN NGHỊ' },
		{
			kind: 'paragraph',
			text: 'Để thực thi các phương án đơn giản hóa, đề nghị cơ quan có thẩm quyền sửa đổi, bổ sung các văn bản sau:',
		},
		...results.proposals.flatMap((group, index): Block[] => [
			{ kind: 'heading', level: 2, text: `${index + 1}. Kiến nghị ${group.decidedBy}` },
			{
				kind: 'table',
				columns: [
					{ heading: 'STT', width: 7, align: 'center' },
					{ heading: 'Văn bản, điều khoản cần sửa đổi', width: 24 },
					{ heading: 'Nội dung kiến nghị', width: 41 },
					{ heading: 'Thủ tục hành chính', width: 28 },
				],
				rows: group.proposals.map((proposal, row) => [
					String(row + 1),
					[proposal.provision, proposal.document].filter(Boolean).join(' ') +
						(proposal.due ? `\n(thời hạn ${proposal.due})` : ''),
					proposal.what,
					`${proposal.procedureName} (${proposal.procedureId})`,
				]),
			},
		]),
	];
}

/** The body of the Báo cáo kết quả rà soát, đánh giá TTHC năm Y; stops when nothing was reviewed. */
export function resultsContent(data: ReportData, organisation: Organisation): DocumentContent {
	const { results } = data;
	if (!results) {
		throw new UserError(
			`năm ${data.year} chưa có bản rà soát nào: mới in được kế hoạch (--document plan)`
		);
	}
	const blocks: Block[] = [
		...sampleNotice(data.sampleNotes),
		{ kind: 'notice', lines: ['NHỮNG ĐIỂM CHÍNH', ...keyMessages(data)] },
		{
			kind: 'paragraph',
			text: `Thực hiện Kế hoạch số …/KH-${organisation.agencyCode} về rà soát, đánh giá thủ tục hành chính năm ${data.year}, ${organisation.agency} báo cáo kết quả như sau:`,
		},
		...planBlocks(data, results),
		...assessmentBlocks(results),
		...costBlocks(results),
		...proposalBlocks(results),
		...dossierBlocks(data.year, data.dossiers),
	];
	const rules: Appendix = {
		title: 'CÁCH TÍNH ĐIỂM ĐÁNH GIÁ VÀ CHI PHÍ TUÂN THỦ',
		subtitle: `(Kèm theo Báo cáo số …/BC-${organisation.agencyCode} ngày … tháng … năm … của ${organisation.agency})`,
		blocks: [{ kind: 'list', items: data.rules }],
	};
	return {
		letterhead: letterhead(organisation, 'results', data.year),
		blocks,
		appendices: [rules],
	};
}
