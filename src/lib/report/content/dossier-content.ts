import type { DossierReport } from '../../dossiers/report';
import { formatNumber, formatRate } from '../../format/vi';
import type { Block } from './blocks';

/** The dossier statistics of the year, or a sentence saying there are none. */
export function dossierBlocks(year: number, report: DossierReport | undefined): Block[] {
	const heading: Block = {
		kind: 'heading',
		level: 1,
		text: `V. TÌNH HÌNH GIẢI QUYẾT HỒ SƠ NĂM ${year}`,
	};
	if (!report) {
		return [heading, { kind: 'paragraph', text: `Chưa có số liệu hồ sơ năm ${year}.` }];
	}
	const { totals } = report;
	return [
		heading,
		{
			kind: 'list',
			items: [
				`Tiếp nhận ${formatNumber(totals.received)} hồ sơ; đã giải quyết ${formatNumber(totals.finished)} (trước hạn ${formatNumber(totals.early)}, đúng hạn ${formatNumber(totals.onTime)}, trễ hạn ${formatNumber(totals.late)}); đang giải quyết ${formatNumber(totals.pending)}.`,
				`Tỷ lệ giải quyết trước và đúng hạn ${formatRate(totals.onTimeRate)}; nộp trực tuyến ${formatRate(totals.onlineShare)}.`,
				`Hồ sơ trễ hạn không có phiếu xin lỗi gửi đúng hạn: ${formatNumber(totals.lateWithoutApology)}.`,
			],
		},
		{
			kind: 'table',
			columns: [
				{ heading: 'Lĩnh vực', width: 30 },
				{ heading: 'Tiếp nhận', width: 12, align: 'right' },
				{ heading: 'Đã giải quyết', width: 13, align: 'right' },
				{ heading: 'Trễ hạn', width: 11, align: 'right' },
				{ heading: 'Tỷ lệ đúng hạn', width: 14, align: 'right' },
				{ heading: 'Trễ hạn không có phiếu xin lỗi', width: 20, align: 'right' },
			],
			rows: report.fields.map((line) => [
				line.label,
				formatNumber(line.received),
				formatNumber(line.finished),
				formatNumber(line.late),
				formatRate(line.onTimeRate),
				formatNumber(line.lateWithoutApology),
			]),
			footer: [
				'Tổng cộng',
				formatNumber(totals.received),
				formatNumber(totals.finished),
				formatNumber(totals.late),
				formatRate(totals.onTimeRate),
				formatNumber(totals.lateWithoutApology),
			],
		},
	];
}
