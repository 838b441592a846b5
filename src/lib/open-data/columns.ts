import { channelLabels } from '../../schemas/channel';
import { levelLabels } from '../../schemas/procedure';
import { timeUnitLabels } from '../../schemas/time-limit';
import { communeDeskLine, isCommuneLevel } from '../procedure/level';
import { statusLabels } from '../procedure/status';
import type { ProcedureEntry } from '../procedure/entry';
import { pageAddress } from './page-address';
import { feeStatus } from '../procedure/fees';
import { shortestDays } from '../procedure/time-limit';
import type { Cell } from '../text/csv';

/** One column of the CSV file: its name, what it holds (for `/du-lieu/`), and how to fill it. */
export interface Column {
	name: string;
	description: string;
	value: (entry: ProcedureEntry, site: URL | undefined) => Cell;
}

const list = (values: readonly string[]) => values.join('; ');
const amounts = ({ data }: ProcedureEntry) =>
	data.channels
		.flatMap((channel) => channel.fees.map((fee) => fee.amount))
		.filter((a): a is number => a !== undefined);

/**
 * The CSV flattens each procedure to one row: lists are joined with “; ”, channels are written
 * “channel: value”, and the documents, steps and legal texts are counted or listed by name. The
 * JSON file keeps the full structure.
 */
export const columns: Column[] = [
	{
		name: 'id',
		description: 'Mã định danh trong danh mục (mã quốc gia, hoặc tên không dấu khi chưa có mã)',
		value: ({ id }) => id,
	},
	{
		name: 'ma_thu_tuc',
		description: 'Mã thủ tục quốc gia, ví dụ 2.002039',
		value: ({ data }) => data.code,
	},
	{
		name: 'ten_thu_tuc',
		description: 'Tên thủ tục như được công bố',
		value: ({ data }) => data.name,
	},
	{ name: 'linh_vuc', description: 'Lĩnh vực', value: ({ data }) => data.field },
	{
		name: 'cap_thuc_hien',
		description: 'Cấp thực hiện',
		value: ({ data }) => list(data.level.map((level) => levelLabels[level])),
	},
	{
		name: 'noi_nop',
		description: `Nơi nộp hồ sơ của thủ tục cấp xã: “${communeDeskLine}”; trống với thủ tục khác (xem co_quan_thuc_hien)`,
		value: ({ data }) => (isCommuneLevel(data) ? communeDeskLine : undefined),
	},
	{
		name: 'trang_thai',
		description: 'Tình trạng hiện nay của thủ tục',
		value: ({ data }) => statusLabels[data.status.state],
	},
	{
		name: 'co_quan_tiep_nhan_nay',
		description: 'Cơ quan giải quyết hiện nay, khi thủ tục đã chuyển hoặc được thay thế',
		value: ({ data }) => data.status.successor?.agency,
	},
	{
		name: 'ma_thu_tuc_thay_the',
		description: 'Mã thủ tục thay thế, nếu có',
		value: ({ data }) => data.status.successor?.code,
	},
	{
		name: 'doi_tuong',
		description: 'Đối tượng thực hiện',
		value: ({ data }) => list(data.applicants),
	},
	{
		name: 'co_quan_thuc_hien',
		description: 'Cơ quan thực hiện',
		value: ({ data }) => data.agencies.implementing,
	},
	{
		name: 'co_quan_co_tham_quyen',
		description: 'Cơ quan có thẩm quyền quyết định',
		value: ({ data }) => data.agencies.competent,
	},
	{
		name: 'dia_chi_tiep_nhan',
		description: 'Địa chỉ tiếp nhận hồ sơ',
		value: ({ data }) => data.agencies.address,
	},
	{
		name: 'muc_do_truc_tuyen',
		description: 'full (toàn trình), partial (một phần), none, unknown (chưa công bố)',
		value: ({ data }) => data.online.level,
	},
	{
		name: 'cach_thuc_nop',
		description: 'Các cách nộp hồ sơ',
		value: ({ data }) => list(data.channels.map((c) => channelLabels[c.kind])),
	},
	{
		name: 'thoi_han',
		description: 'Thời hạn giải quyết theo từng cách nộp, như nguồn ghi',
		value: ({ data }) =>
			list(
				data.channels.map(
					(c) =>
						`${channelLabels[c.kind]}: ${c.timeLimit.value ?? '?'} ${timeUnitLabels[c.timeLimit.unit]}`
				)
			),
	},
	{
		name: 'thoi_han_ngan_nhat_ngay',
		description: 'Thời hạn ngắn nhất, quy ra ngày (ngày làm việc tính như ngày)',
		value: ({ data }) => shortestDays(data.channels),
	},
	{
		name: 'phi',
		description: 'free (miễn phí), paid (có thu), unknown (chưa rõ)',
		value: ({ data }) => feeStatus(data.channels, data.flags),
	},
	{
		name: 'phi_thap_nhat_dong',
		description: 'Mức phí, lệ phí thấp nhất (đồng)',
		value: (entry) => (amounts(entry).length ? Math.min(...amounts(entry)) : null),
	},
	{
		name: 'phi_cao_nhat_dong',
		description: 'Mức phí, lệ phí cao nhất (đồng)',
		value: (entry) => (amounts(entry).length ? Math.max(...amounts(entry)) : null),
	},
	{
		name: 'mien_giam_phi',
		description: 'Đối tượng được miễn, giảm phí, như nguồn ghi',
		value: ({ data }) =>
			list([
				...new Set(
					data.channels.flatMap((c) => c.fees.map((f) => f.exemptions ?? '')).filter(Boolean)
				),
			]),
	},
	{
		name: 'so_giay_to',
		description: 'Số giấy tờ trong hồ sơ (mọi trường hợp)',
		value: ({ data }) => data.documents.reduce((n, g) => n + g.items.length, 0),
	},
	{
		name: 'giay_to',
		description: 'Tên các giấy tờ',
		value: ({ data }) => list(data.documents.flatMap((g) => g.items.map((i) => i.name))),
	},
	{ name: 'so_buoc', description: 'Số bước thực hiện', value: ({ data }) => data.steps.length },
	{
		name: 'ket_qua',
		description: 'Kết quả thực hiện',
		value: ({ data }) => list(data.results.map((r) => r.name)),
	},
	{
		name: 'can_cu_phap_ly',
		description: 'Số ký hiệu các văn bản làm căn cứ pháp lý',
		value: ({ data }) => list(data.legalBasis.map((r) => r.number)),
	},
	{
		name: 'quyet_dinh_cong_bo',
		description: 'Quyết định công bố thủ tục',
		value: ({ data }) => data.provenance.decision,
	},
	{
		name: 'nguon',
		description: 'Địa chỉ bản gốc của dữ liệu',
		value: ({ data }) => data.provenance.url,
	},
	{
		name: 'ban_luu',
		description: 'Thời điểm bản lưu của nguồn',
		value: ({ data }) => data.provenance.snapshot,
	},
	{
		name: 'dang_xac_minh',
		description: 'Mã các giá trị đang được xác minh',
		value: ({ data }) => list([...new Set(data.flags.map((f) => f.code))]),
	},
	{
		name: 'trang',
		description: 'Trang của thủ tục trên trang này',
		value: ({ id }, site) => pageAddress(id, site),
	},
];
