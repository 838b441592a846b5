import type { Organisation } from '../../../config/organisation';
import { formatNumber, formatPercent } from '../../format/vi';
import { aggregateCosts } from '../../review/aggregate';
import { legalGrounds } from '../content/plan-content';
import { sampleNotice, type Appendix, type Block, type DocumentContent } from '../content/blocks';
import { blank, type Letterhead } from '../letterhead';
import type { DecisionRecord } from './decision-records';

const upper = (text: string) => text.toLocaleUpperCase('vi-VN');

/** Authorities of the province: their options are carried out by a provincial document. */
const provincial = /UBND|Ủy ban nhân dân|HĐND|Hội đồng nhân dân/i;

/** The header of a decision of the Chairman of the provincial People’s Committee (NĐ 30/2020). */
export function decisionLetterhead(organisation: Organisation, year: number): Letterhead {
	const province = organisation.province ? upper(organisation.province) : blank;
	return {
		parent: '',
		agency: `ỦY BAN NHÂN DÂN\nTỈNH ${province}`,
		number: 'Số: …/QĐ-UBND',
		nation: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
		motto: 'Độc lập - Tự do - Hạnh phúc',
		placeDate: `${organisation.place ?? blank}, ngày … tháng … năm …`,
		kind: 'QUYẾT ĐỊNH',
		title: `Thông qua phương án đơn giản hóa thủ tục hành chính thuộc phạm vi quản lý của ${organisation.agency} năm ${year}`,
		signerTitle: 'CHỦ TỊCH',
		signerName: '',
		recipients: [
			'- Như Điều 4;',
			'- Văn phòng Chính phủ;',
			'- Bộ Tư pháp;',
			'- Chủ tịch, các Phó Chủ tịch UBND tỉnh;',
			`- ${organisation.agency};`,
			'- Lưu: VT, ……',
		],
	};
}

/** The annex: options by field, each with its content, the law to change and the saving. */
function annexBlocks(records: DecisionRecord[]): Block[] {
	const fields = [...new Set(records.map((record) => record.field))];
	const roman = [
		'I',
		'II',
		'III',
		'IV',
		'V',
		'VI',
		'VII',
		'VIII',
		'IX',
		'X',
		'XI',
		'XII',
		'XIII',
		'XIV',
		'XV',
	];
	return fields.flatMap((field, index): Block[] => [
		{ kind: 'heading', level: 1, text: `${roman[index] ?? index + 1}. LĨNH VỰC ${upper(field)}` },
		...records
			.filter((record) => record.field === field)
			.flatMap((record, position): Block[] => [
				{
					kind: 'paragraph',
					style: 'bold',
					text: `${position + 1}. Thủ tục: ${record.name} (mã ${record.id})`,
				},
				{ kind: 'paragraph', text: 'a) Nội dung đơn giản hóa:' },
				{
					kind: 'list',
					items: [
						...(record.action === 'abolish' ? [`Bãi bỏ thủ tục. ${record.summary}`] : []),
						...record.changes.map((change) => `${change.what} Lý do: ${change.reason}`),
					],
				},
				{ kind: 'paragraph', text: 'b) Kiến nghị thực thi:' },
				{
					kind: 'list',
					items: record.changes.map(
						(change) =>
							`Sửa đổi, bổ sung ${change.provision ?? `${blank} (điều, khoản)`} ${change.document}; cơ quan quyết định: ${change.decidedBy}; thời hạn: ${change.due ?? blank}.`
					),
				},
				{ kind: 'paragraph', text: 'c) Lợi ích phương án đơn giản hóa:' },
				{
					kind: 'list',
					items: [
						`Chi phí tuân thủ thủ tục hành chính trước khi đơn giản hóa: ${formatNumber(record.cost.before.perYear)} đồng/năm.`,
						`Chi phí tuân thủ thủ tục hành chính sau khi đơn giản hóa: ${formatNumber(record.cost.after.perYear)} đồng/năm.`,
						`Chi phí tiết kiệm: ${formatNumber(record.cost.saving)} đồng/năm.`,
						`Tỷ lệ cắt giảm chi phí: ${formatPercent(record.cost.savingRate)}.`,
					],
				},
			]),
	]);
}

/**
 * The draft Quyết định of the Chairman adopting the year’s simplification options (domain.md
 * §2.2 steps 4–5): grounds, four articles and the annex by field. Every reference the project
 * cannot verify, and every number only the signing office knows, is a visible blank (……).
 */
export function decisionContent(
	year: number,
	records: DecisionRecord[],
	organisation: Organisation
): DocumentContent {
	const totals = aggregateCosts(
		records.map(({ cost }) => ({ before: cost.before.perYear, after: cost.after.perYear }))
	);
	const fields = new Set(records.map((record) => record.field)).size;
	const changes = records.flatMap((record) => record.changes);
	const local = changes.filter((change) => provincial.test(change.decidedBy)).length;
	const province = organisation.province ?? blank;
	const blocks: Block[] = [
		...sampleNotice(
			records.some((record) => record.sample)
				? [
						`Các bản rà soát năm ${year} là dữ liệu mẫu do dự án soạn để minh họa; dự thảo này không phải văn bản thật.`,
					]
				: []
		),
		{ kind: 'paragraph', style: 'title', text: `CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ${upper(province)}` },
		{
			kind: 'paragraph',
			style: 'italic',
			text: `Căn cứ Luật Tổ chức chính quyền địa phương số ${blank};`,
		},
		...legalGrounds.map((text): Block => ({ kind: 'paragraph', text, style: 'italic' })),
		{
			kind: 'paragraph',
			style: 'italic',
			text: `Căn cứ Kế hoạch số …/KH-${organisation.agencyCode} về rà soát, đánh giá thủ tục hành chính năm ${year};`,
		},
		{
			kind: 'paragraph',
			style: 'italic',
			text: `Theo đề nghị của Giám đốc ${organisation.agency} tại Tờ trình số …/TTr-${organisation.agencyCode} ngày … tháng … năm ….`,
		},
		{ kind: 'paragraph', style: 'title', text: 'QUYẾT ĐỊNH:' },
		{
			kind: 'paragraph',
			style: 'article',
			text: `Điều 1. Thông qua phương án đơn giản hóa ${formatNumber(records.length)} thủ tục hành chính thuộc ${formatNumber(fields)} lĩnh vực thuộc phạm vi quản lý của ${organisation.agency} (Phụ lục kèm theo). Chi phí tuân thủ của các thủ tục này giảm từ ${formatNumber(totals.before)} đồng/năm xuống ${formatNumber(totals.after)} đồng/năm, tiết kiệm ${formatNumber(totals.saving)} đồng/năm (${formatPercent(totals.savingRate)}).`,
		},
		{
			kind: 'paragraph',
			style: 'article',
			text: `Điều 2. Giao ${organisation.agency}: a) dự thảo văn bản thực thi ${formatNumber(local)} nội dung thuộc thẩm quyền của Ủy ban nhân dân, Hội đồng nhân dân tỉnh, trình cấp có thẩm quyền xem xét, quyết định; b) dự thảo văn bản kiến nghị cơ quan có thẩm quyền ở trung ương sửa đổi, bổ sung ${formatNumber(changes.length - local)} nội dung thuộc thẩm quyền của bộ, ngành, Chính phủ, Quốc hội theo Phụ lục kèm theo, trình Chủ tịch Ủy ban nhân dân tỉnh ký gửi trong thời hạn ${blank} ngày kể từ ngày Quyết định này có hiệu lực.`,
		},
		{
			kind: 'paragraph',
			style: 'article',
			text: 'Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký.',
		},
		{
			kind: 'paragraph',
			style: 'article',
			text: `Điều 4. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc ${organisation.agency}, Thủ trưởng các sở, ban, ngành và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này.`,
		},
	];
	const annex: Appendix = {
		title: `PHƯƠNG ÁN ĐƠN GIẢN HÓA THỦ TỤC HÀNH CHÍNH THUỘC PHẠM VI QUẢN LÝ CỦA ${upper(organisation.agency)}`,
		subtitle: `(Kèm theo Quyết định số …/QĐ-UBND ngày … tháng … năm … của Chủ tịch Ủy ban nhân dân tỉnh ${province})`,
		blocks: annexBlocks(records),
	};
	return { letterhead: decisionLetterhead(organisation, year), blocks, appendices: [annex] };
}
