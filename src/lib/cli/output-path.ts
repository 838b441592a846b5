import { accessSync, constants, realpathSync, statSync, type Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { removeStaleTemporaryFiles } from '../files/atomic-file';
import type { CliIo } from './io';
import { UserError } from './run';

/** A path the user gave, with the option that named it, for messages. */
export interface NamedPath {
	/** The option, e.g. `--out`. */
	option: string;
	/** The absolute path. */
	path: string;
}

/**
 * Checks, before any input is read, that every output can be written: its folder exists and is
 * writable, the path is not a folder or a device, and no output is another output or an input.
 * Then removes the temporary files that killed runs left beside each output. A run that would
 * fail at the end, after minutes of reading, fails here at once instead.
 */
export async function prepareOutputs(
	io: CliIo,
	outputs: readonly NamedPath[],
	inputs: readonly NamedPath[] = []
): Promise<void> {
	for (const output of outputs) checkOutput(output);
	const seen: { named: NamedPath; key: string }[] = inputs.map((named) => ({
		named,
		key: fileKey(named.path),
	}));
	for (const output of outputs) {
		const key = fileKey(output.path);
		const clash = seen.find((other) => other.key === key);
		if (clash) {
			throw new UserError(
				`${output.option} và ${clash.named.option} cùng chỉ đến ${output.path}: hãy chọn hai tệp khác nhau`
			);
		}
		seen.push({ named: output, key });
	}
	for (const output of outputs) {
		for (const removed of await removeStaleTemporaryFiles(output.path)) {
			io.error(`cảnh báo: đã xoá tệp tạm do một lần chạy bị ngắt để lại: ${removed}`);
		}
	}
}

/** Throws when `path` cannot be written as a file. */
function checkOutput({ option, path }: NamedPath): void {
	const folder = dirname(path);
	const folderStats = statOrNull(folder);
	if (folderStats === null) {
		throw new UserError(
			`${option} ${path}: thư mục ${folder} không tồn tại; hãy tạo thư mục trước hoặc chọn nơi khác`
		);
	}
	if (!folderStats.isDirectory()) {
		throw new UserError(`${option} ${path}: ${folder} không phải là thư mục`);
	}
	try {
		accessSync(folder, constants.W_OK);
	} catch {
		throw new UserError(`${option} ${path}: không có quyền ghi vào thư mục ${folder}`);
	}
	const stats = statOrNull(path);
	if (stats?.isDirectory()) {
		throw new UserError(
			`${option} ${path}: đây là một thư mục; hãy cho đường dẫn của một tệp trong đó`
		);
	}
	if (stats && !stats.isFile()) {
		throw new UserError(`${option} ${path}: đây không phải một tệp thường`);
	}
}

/** The same string for every spelling of one file: its real folder and its name. */
function fileKey(path: string): string {
	try {
		return realpathSync(path);
	} catch {
		try {
			return join(realpathSync(dirname(path)), basename(path));
		} catch {
			return path;
		}
	}
}

function statOrNull(path: string): Stats | null {
	try {
		return statSync(path);
	} catch {
		return null;
	}
}
