const decimal = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });

/** A file size the way people read it, Vietnamese style: “300 KB”, “6,5 MB”. */
export function describeSize(bytes: number): string {
	if (bytes >= 1024 * 1024) return `${decimal.format(bytes / (1024 * 1024))} MB`;
	return `${decimal.format(Math.ceil(bytes / 1024))} KB`;
}

/** The message for a file over its size limit, with what to do about it. */
export function fileTooLarge(size: number, limit: number, advice: string): string {
	return `cần tệp không quá ${describeSize(limit)}; đang là ${describeSize(size)}: ${advice}`;
}
