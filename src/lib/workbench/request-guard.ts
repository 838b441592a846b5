import type { IncomingHttpHeaders } from 'node:http';

/** Names the workbench answers to: only this machine. */
const loopbackNames = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Whether a Host header names this machine on the workbench’s port. */
export function isLoopbackHost(host: string | undefined, port: number): boolean {
	if (!host) return false;
	const match = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(host.trim().toLowerCase());
	if (!match) return false;
	return loopbackNames.has(match[1]!) && Number(match[2] ?? 80) === port;
}

/** Whether an Origin header is a page of the workbench itself. */
export function isLoopbackOrigin(origin: string, port: number): boolean {
	try {
		const url = new URL(origin);
		return url.protocol === 'http:' && isLoopbackHost(url.host, port);
	} catch {
		return false;
	}
}

/** Why a request is refused, in Vietnamese, or `undefined` when it may go on. */
export function refusal(
	method: string,
	headers: IncomingHttpHeaders,
	port: number
): string | undefined {
	// A page on another site that resolves its own name to 127.0.0.1 (DNS rebinding) still sends
	// its own name as Host; only requests addressed to this machine by name or address get in.
	if (!isLoopbackHost(headers.host, port)) {
		return 'Bàn làm việc chỉ nhận yêu cầu gửi tới 127.0.0.1 hoặc localhost.';
	}
	const origin = headers.origin;
	if (origin !== undefined && !isLoopbackOrigin(origin, port)) {
		return 'Yêu cầu đến từ một trang khác: bị từ chối.';
	}
	const site = headers['sec-fetch-site'];
	if (site !== undefined && site !== 'same-origin' && site !== 'none') {
		return 'Yêu cầu đến từ một trang khác: bị từ chối.';
	}
	// Browsers always send Origin with a POST or PUT; a write without one did not come from the form.
	if (method !== 'GET' && method !== 'HEAD' && origin === undefined) {
		return 'Thiếu Origin: chỉ ghi khi yêu cầu đến từ trang của bàn làm việc.';
	}
	return undefined;
}
