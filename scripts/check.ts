import type { CliIo } from '../src/lib/cli/io';
import { runCli } from '../src/lib/cli/run';
import { checkContent } from '../src/lib/content/check-content';
import { formatNumber } from '../src/lib/format/vi';
import { formatProblem } from '../src/lib/validation/friendly-errors';
import { parseOptions } from './support/args';
import { contentDir } from '../src/lib/content/content-dir';

const usage = `Cách dùng: npm run check [-- --quiet]

Kiểm tra mọi tệp trong content/ theo mẫu của nó và các quy tắc giữa các tệp.
Có lỗi thì dừng với mã thoát 1; các giá trị cần xác minh được liệt kê là cảnh báo.

  --quiet   chỉ in lỗi và dòng tổng kết, không in từng cảnh báo
  --help    in hướng dẫn này`;

/** `npm run check`: validates the content under the project root. */
export function main(argv: string[], io: CliIo): number {
	const values = parseOptions(
		argv,
		{
			quiet: { type: 'boolean', default: false },
			help: { type: 'boolean', default: false },
		},
		usage
	);
	if (values.help) {
		io.log(usage);
		return 0;
	}
	const { fileCount, errors, warnings } = checkContent(contentDir(io.root, io.env));
	if (!values.quiet)
		for (const warning of warnings) io.error(`cảnh báo: ${formatProblem(warning)}`);
	for (const error of errors) io.error(`lỗi: ${formatProblem(error)}`);
	const flagged = new Set(warnings.map((warning) => warning.file)).size;
	io.log(
		`\nĐã kiểm tra ${formatNumber(fileCount)} tệp nội dung: ` +
			`${formatNumber(errors.length)} lỗi, ${formatNumber(warnings.length)} cảnh báo ở ${formatNumber(flagged)} tệp.`
	);
	return errors.length > 0 ? 1 : 0;
}

await runCli(main, import.meta.url);
