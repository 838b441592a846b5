import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * Headers of every answer: nothing is cached, no page may frame the workbench, scripts and
 * styles come from the workbench itself only (no inline script, no other site).
 */
const securityHeaders = {
	'Cache-Control': 'no-store',
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'no-referrer',
	'Content-Security-Policy':
		"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'",
	'Cross-Origin-Resource-Policy': 'same-origin',
};

/** Sends a body with its type and the security headers. */
export function send(
	response: ServerResponse,
	status: number,
	type: string,
	body: string,
	extra: Record<string, string> = {}
): void {
	response.writeHead(status, {
		...securityHeaders,
		'Content-Type': type,
		'Content-Length': Buffer.byteLength(body),
		...extra,
	});
	response.end(body);
}

/** Sends JSON. */
export function sendJson(response: ServerResponse, status: number, value: unknown): void {
	send(response, status, 'application/json; charset=utf-8', JSON.stringify(value));
}

/** Sends an HTML page. */
export function sendHtml(response: ServerResponse, status: number, html: string): void {
	send(response, status, 'text/html; charset=utf-8', `<!doctype html>${html}`);
}

/** Redirects with 303 (after a form post) or 301. */
export function redirect(response: ServerResponse, location: string, status = 303): void {
	send(response, status, 'text/plain; charset=utf-8', '', { Location: location });
}

/** Largest request body accepted: a review record is a few tens of kilobytes. */
const maxBody = 2 * 1024 * 1024;

/** Reads a request body as text; `undefined` when it is larger than {@link maxBody}. */
export async function readBody(request: IncomingMessage): Promise<string | undefined> {
	const chunks: Buffer[] = [];
	let size = 0;
	for await (const chunk of request) {
		size += (chunk as Buffer).length;
		if (size > maxBody) return undefined;
		chunks.push(chunk as Buffer);
	}
	return Buffer.concat(chunks).toString('utf8');
}
