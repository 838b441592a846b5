import type { CliIo } from '../../src/lib/cli/io';
import { stateDataFile } from '../../src/lib/content/check-state-data';
import { loadOnceOnlyReport } from '../../src/lib/content/load-once-only';
import { describeOnceOnly } from '../../src/lib/documents/describe-report';
import { onceOnlyJson } from '../../src/lib/documents/once-only-report';
import { defaultDossierYear } from '../../src/lib/documents/dossier-year';
import { parseOptions, parseYear } from '../support/args';
import type { ReviewCommand } from './command';
import { contentDir } from '../../src/lib/content/content-dir';

const usage = `Cách dùng: npm run review -- documents [--year <Y>] [--json]

Tìm các giấy tờ Nhà nước đã có dữ liệu (nguyên tắc “chỉ cung cấp một lần”): xếp mỗi dòng thành phần
hồ sơ của mọi thủ tục vào một loại giấy tờ chuẩn (bảng quy tắc trên trang /ra-soat/giay-to/), đếm số
thủ tục và số hồ sơ mỗi năm cần từng loại, cho biết cơ sở dữ liệu quốc gia nào đã có
(${stateDataFile}), và ước tính số giờ, số tiền người dân tiết kiệm mỗi năm nếu bỏ các giấy tờ đó.

  --year <Y>   năm của số hồ sơ trong content/dossiers (mặc định: năm trước năm nay; không có số
               liệu năm đó thì lấy năm gần nhất trước đó)
  --json       in {"mapped": tỷ lệ dòng đã phân loại 0–1, "kinds": [{"kind","label","procedures",
               "dossiersPerYear","heldBy","ids"}]}
  --help       in hướng dẫn này`;

/** `npm run review -- documents`. */
export const documentsCommand: ReviewCommand = {
	name: 'documents',
	summary: 'giấy tờ Nhà nước đã có dữ liệu: loại giấy tờ, số thủ tục, số hồ sơ, CSDL, tiết kiệm',
	usage,
	async run(args: string[], io: CliIo) {
		const values = parseOptions(
			args,
			{ year: { type: 'string' }, json: { type: 'boolean', default: false } },
			usage
		);
		const year = values.year === undefined ? defaultDossierYear() : parseYear(values.year, usage);
		const { report } = await loadOnceOnlyReport(contentDir(io.root, io.env), year);
		io.log(values.json ? JSON.stringify(onceOnlyJson(report), null, 2) : describeOnceOnly(report));
		return 0;
	},
};
