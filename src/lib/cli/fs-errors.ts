import { UserError } from './run';

/** File-system error codes an officer can act on, in words. */
const reasons: Readonly<Record<string, string>> = {
	ENOENT: 'không có tệp hay thư mục này',
	ENOTDIR: 'một phần của đường dẫn không phải thư mục',
	EISDIR: 'đây là một thư mục, không phải tệp',
	EACCES: 'không có quyền truy cập',
	EPERM: 'không có quyền truy cập',
	EROFS: 'ổ đĩa chỉ cho đọc',
	ENOSPC: 'ổ đĩa đã đầy',
	EDQUOT: 'đã hết hạn mức dung lượng trên ổ đĩa',
	EFBIG: 'tệp vượt quá kích thước cho phép',
	EIO: 'lỗi đọc ghi của thiết bị',
	EMFILE: 'đang mở quá nhiều tệp',
	ENAMETOOLONG: 'đường dẫn quá dài',
	ELOOP: 'đường dẫn có liên kết vòng',
	EBUSY: 'tệp đang bị chương trình khác dùng',
};

/** Whether `error` came from the file system (it has an errno code and a system call). */
export function isFsError(error: unknown): error is NodeJS.ErrnoException {
	return (
		error instanceof Error &&
		typeof (error as NodeJS.ErrnoException).code === 'string' &&
		'syscall' in error
	);
}

/** Says what went wrong with a file in Vietnamese words, not an errno. */
export function describeFsError(error: unknown): string {
	const code = (error as NodeJS.ErrnoException | undefined)?.code;
	const reason = code === undefined ? undefined : reasons[code];
	if (reason) return reason;
	return error instanceof Error ? error.message : String(error);
}

/** The one-line error for a file that could not be read. */
export function cannotRead(path: string, error: unknown): UserError {
	return new UserError(`không đọc được ${path}: ${describeFsError(error)}`);
}

/** The one-line error for a file that could not be written. */
export function cannotWrite(path: string, error: unknown): UserError {
	return new UserError(`không ghi được ${path}: ${describeFsError(error)}`);
}
