import { join, relative } from 'node:path';
import type { CliIo } from '../src/lib/cli/io';
import { runCli, UserError } from '../src/lib/cli/run';
import { changeLogDir } from '../src/lib/changes/change-set-file';
import { handEditChangeLog } from '../src/lib/changes/hand-edit-change-log';
import { unloggedEdits } from '../src/lib/changes/unlogged-edits';
import { checkContent, type ContentCheck } from '../src/lib/content/check-content';
import { formatNumber } from '../src/lib/format/vi';
import { todayInVietnam } from '../src/lib/format/today';
import { formatImportProblem, ImportError } from '../src/lib/import/import-problem';
import { writeAllOrNothing } from '../src/lib/import/write-files';
import { formatProblem } from '../src/lib/validation/friendly-errors';
import { isoDateSchema } from '../src/schemas/primitives';
import { parseOptions } from './support/args';
import {
	contentDir,
	contentPath,
	shownPath,
	type ContentDir,
} from '../src/lib/content/content-dir';

const usage = `Cách dùng: npm run check [-- --quiet] [-- --log-changes --note "<ghi chú>" [--decision <số QĐ>] [--effective <yyyy-mm-dd>]]

Kiểm tra mọi tệp trong content/ theo mẫu của nó và các quy tắc giữa các tệp.
Có lỗi thì dừng với mã thoát 1; các giá trị cần xác minh được liệt kê là cảnh báo.

  --quiet               chỉ in lỗi và dòng tổng kết, không in từng cảnh báo
  --log-changes         sau khi kiểm tra không có lỗi, so các tệp thủ tục với trạng thái
                        nhật ký thay đổi ghi lần trước (content/changes/logged-state.jsonl)
                        và ghi các chỗ sửa tay thành một đợt thay đổi mới; lần đầu, khi
                        nhật ký chưa có, ghi danh mục hiện tại làm mốc ban đầu
  --note "<ghi chú>"    ai sửa, sửa gì, vì sao (bắt buộc với --log-changes)
  --decision <số QĐ>    quyết định làm căn cứ cho các chỗ sửa, ví dụ 1540/QĐ-BTP
  --effective <ngày>    ngày các thay đổi có hiệu lực, dạng yyyy-mm-dd
  --help                in hướng dẫn này`;

/** `npm run check`: validates the content under the project root, and logs hand edits on request. */
export function main(argv: string[], io: CliIo): number {
	const values = parseOptions(
		argv,
		{
			quiet: { type: 'boolean', default: false },
			'log-changes': { type: 'boolean', default: false },
			note: { type: 'string' },
			decision: { type: 'string' },
			effective: { type: 'string' },
			help: { type: 'boolean', default: false },
		},
		usage
	);
	if (values.help) {
		io.log(usage);
		return 0;
	}
	const note = values.note?.trim();
	if (values['log-changes'] && !note)
		throw new UserError('--note: cần ghi chú của người sửa (ai sửa, sửa gì, vì sao); đang thiếu');
	if (!values['log-changes'] && (note || values.decision || values.effective))
		throw new UserError('--note, --decision, --effective: chỉ dùng cùng --log-changes');
	if (values.effective !== undefined && !isoDateSchema.safeParse(values.effective).success)
		throw new UserError(
			`--effective: cần một ngày có thật dạng yyyy-mm-dd, ví dụ 2025-07-01; đang là "${values.effective}"`
		);
	const content = contentDir(io.root, io.env);
	const checked = checkContent(content, { loggedState: true });
	const { fileCount, errors, warnings } = checked;
	if (!values.quiet)
		for (const warning of warnings) io.error(`cảnh báo: ${formatProblem(warning)}`);
	for (const error of errors) io.error(`lỗi: ${formatProblem(error)}`);
	const flagged = new Set(warnings.map((warning) => warning.file)).size;
	io.log(
		`\nĐã kiểm tra ${formatNumber(fileCount)} tệp nội dung: ` +
			`${formatNumber(errors.length)} lỗi, ${formatNumber(warnings.length)} cảnh báo ở ${formatNumber(flagged)} tệp.`
	);
	if (errors.length > 0) {
		if (values['log-changes'])
			io.error(
				'lỗi: --log-changes: chưa ghi nhật ký thay đổi vì nội dung còn lỗi; sửa các lỗi trên rồi chạy lại.'
			);
		return 1;
	}
	if (!values['log-changes']) {
		if (!values.quiet) remindUnlogged(io, checked);
		return 0;
	}
	return logHandEdits(io, content, checked, {
		date: todayInVietnam(),
		note: note!,
		...(values.decision?.trim() ? { decision: values.decision.trim() } : {}),
		...(values.effective ? { effective: values.effective } : {}),
	});
}

/** Names the procedures edited since the change log last recorded them, so none goes unlogged. */
function remindUnlogged(io: CliIo, checked: ContentCheck): void {
	const { state } = checked.changeLog;
	if (!state) return;
	const ids = unloggedEdits(checked.procedures, state);
	if (ids.length === 0) return;
	const shown = ids.slice(0, 10).join(', ') + (ids.length > 10 ? ', …' : '');
	io.error(
		`cảnh báo: ${formatNumber(ids.length)} thủ tục khác với lần ghi nhật ký thay đổi gần nhất (${shown}); ` +
			'ghi lại bằng: npm run check -- --log-changes --note "<ai sửa, sửa gì, vì sao>"'
	);
}

/** Appends the hand edits since the last logged state to the change log, all or nothing. */
function logHandEdits(
	io: CliIo,
	content: ContentDir,
	checked: ContentCheck,
	header: { date: string; note: string; decision?: string; effective?: string }
): number {
	const dir = contentPath(content, changeLogDir);
	const logged = handEditChangeLog(dir, checked.procedures, checked.changeLog.state, header);
	if (!logged) {
		io.log('Không có thay đổi nào so với nhật ký thay đổi; không ghi gì.');
		return 0;
	}
	try {
		writeAllOrNothing(logged.writes);
	} catch (error) {
		if (!(error instanceof ImportError)) throw error;
		for (const problem of error.problems) io.error(`lỗi: ${formatImportProblem(problem)}`);
		return 1;
	}
	const file = shownPath(io.root, logged.writes[0]!.path);
	io.log(
		logged.set.kind === 'baseline'
			? `Đã ghi mốc ban đầu của nhật ký thay đổi (${formatNumber(logged.set.procedureCount ?? 0)} thủ tục): ${file}`
			: `Đã ghi nhật ký thay đổi ${file}: ${formatNumber(logged.set.changes.length)} thủ tục thay đổi.`
	);
	return 0;
}

await runCli(main, import.meta.url);
