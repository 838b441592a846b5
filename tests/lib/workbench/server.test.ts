import { existsSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { recordData } from '../../../src/lib/review/record-file/record-text';
import { startWorkbench, type Workbench } from '../../../src/lib/workbench/server';
import { copyProjectContent } from '../../support/project-copy';
import { projectContentDir } from '../../../src/lib/content/content-dir';

let root: string;
let workbench: Workbench;
beforeAll(async () => {
	root = copyProjectContent('tthc-workbench-');
	workbench = await startWorkbench({ content: projectContentDir(root), port: 0 });
});
afterAll(async () => {
	await workbench?.close();
});

/** One request with full control of the headers (fetch cannot set Host). */
function call(
	method: string,
	path: string,
	options: { headers?: Record<string, string>; body?: unknown } = {}
): Promise<{ status: number; text: string; json: () => any; headers: Record<string, unknown> }> {
	const body = options.body === undefined ? undefined : JSON.stringify(options.body);
	const origin = `http://127.0.0.1:${workbench.port}`;
	const headers = {
		Host: `127.0.0.1:${workbench.port}`,
		...(method !== 'GET' && { Origin: origin, 'Content-Type': 'application/json' }),
		...options.headers,
	};
	return new Promise((resolve, reject) => {
		const req = request(
			{ host: '127.0.0.1', port: workbench.port, method, path, headers },
			(res) => {
				const chunks: Buffer[] = [];
				res.on('data', (chunk) => chunks.push(chunk));
				res.on('end', () => {
					const text = Buffer.concat(chunks).toString('utf8');
					resolve({
						status: res.statusCode!,
						text,
						json: () => JSON.parse(text),
						headers: res.headers,
					});
				});
			}
		);
		req.on('error', reject);
		req.end(body);
	});
}

const file = (id: string, year = 2026) => join(root, `content/reviews/${year}/${id}.md`);

async function load(id: string) {
	const response = await call('GET', `/api/reviews/2026/${id}`);
	expect(response.status).toBe(200);
	return response.json() as { data: Record<string, any>; revision: string };
}

describe('the workbench server', { timeout: 60_000 }, () => {
	test('listens on 127.0.0.1 only and refuses other host names (DNS rebinding)', async () => {
		expect(workbench.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/ra-soat\/$/);
		const rebound = await call('GET', '/ra-soat/2026/', { headers: { Host: 'attacker.example' } });
		expect(rebound.status).toBe(403);
		expect(rebound.text).toContain('chỉ nhận yêu cầu gửi tới 127.0.0.1');
		expect(
			(await call('GET', '/ra-soat/2026/', { headers: { Host: `localhost:${workbench.port}` } }))
				.status
		).toBe(200);
	});

	test('refuses writes from another site or without an Origin (CSRF)', async () => {
		const { data, revision } = await load('2.000635');
		const other = await call('PUT', '/api/reviews/2026/2.000635', {
			headers: { Origin: 'http://attacker.example' },
			body: { data, revision },
		});
		expect(other.status).toBe(403);
		const none = await call('PUT', '/api/reviews/2026/2.000635', {
			headers: { Origin: '' },
			body: { data, revision },
		});
		expect(none.status).toBe(403);
		const form = await call('PUT', '/api/reviews/2026/2.000635', {
			headers: { 'Content-Type': 'text/plain' },
			body: { data, revision },
		});
		expect(form.status).toBe(415);
	});

	test('sends a content security policy without inline scripts', async () => {
		const page = await call('GET', '/ra-soat/2026/2.000635/phieu/');
		expect(page.status).toBe(200);
		expect(page.headers['content-security-policy']).toContain("script-src 'self'");
		expect(page.text).toContain('<script type="module" src="/_workbench/app.js">');
		expect(page.text).not.toMatch(/<script>|onclick=/);
	});

	test('saves an unchanged record without changing a byte', async () => {
		const before = readFileSync(file('2.000635'));
		const { data, revision } = await load('2.000635');
		const saved = await call('PUT', '/api/reviews/2026/2.000635', { body: { data, revision } });
		expect(saved.status).toBe(200);
		expect(saved.json()).toMatchObject({ changed: false, revision });
		expect(readFileSync(file('2.000635'))).toEqual(before);
	});

	test('saves a change keeping the body, and refuses a stale revision', async () => {
		const before = readFileSync(file('2.000890'), 'utf8');
		const { data, revision } = await load('2.000890');
		data.reviewer.person = 'Nguyễn Văn A';
		const saved = await call('PUT', '/api/reviews/2026/2.000890', { body: { data, revision } });
		expect(saved.status).toBe(200);
		const after = readFileSync(file('2.000890'), 'utf8');
		expect(after).toContain('  person: Nguyễn Văn A\n');
		expect(after.split('\n---\n')[1]).toBe(before.split('\n---\n')[1]);
		expect((recordData('x', after).reviewer as { person: string }).person).toBe('Nguyễn Văn A');
		const stale = await call('PUT', '/api/reviews/2026/2.000890', { body: { data, revision } });
		expect(stale.status).toBe(409);
		expect(stale.json().message).toContain('đã được sửa ở nơi khác');
	});

	test('refuses an invalid record with each problem at its field, writing nothing', async () => {
		const before = readFileSync(file('1.000426'));
		const { data, revision } = await load('1.000426');
		data.reasonableness.name = { ok: false };
		data.cost.fees[0].amount = -5;
		const refused = await call('PUT', '/api/reviews/2026/1.000426', { body: { data, revision } });
		expect(refused.status).toBe(422);
		const paths = refused.json().problems.map((problem: { path: string }) => problem.path);
		expect(paths).toEqual(
			expect.arrayContaining(['reasonableness.name.reason', 'cost.fees[0].amount'])
		);
		expect(readFileSync(file('1.000426'))).toEqual(before);
	});

	test('keeps an adopted record read-only until it is reopened with a reason', async () => {
		const { data, revision } = await load('1.002153');
		const edited = structuredClone(data);
		edited.option.summary = 'Sửa sau khi đã thông qua.';
		const locked = await call('PUT', '/api/reviews/2026/1.002153', {
			body: { data: edited, revision },
		});
		expect(locked.status).toBe(403);
		expect(locked.json().message).toContain('mở lại kèm lý do');
		const reopened = structuredClone(data);
		reopened.status = 'finalised';
		reopened.history.push({
			status: 'finalised',
			date: '2026-10-01',
			unit: 'Phòng Bổ trợ tư pháp',
			reason: 'Bộ Tư pháp đề nghị sửa phương án.',
		});
		const saved = await call('PUT', '/api/reviews/2026/1.002153', {
			body: { data: reopened, revision },
		});
		expect(saved.status).toBe(200);
		reopened.option.summary = 'Phương án sửa theo góp ý của Bộ Tư pháp.';
		const edit = await call('PUT', '/api/reviews/2026/1.002153', {
			body: { data: reopened, revision: saved.json().revision },
		});
		expect(edit.status).toBe(200);
	});

	test('never reaches outside content/reviews/', async () => {
		for (const path of [
			'/api/reviews/2026/..%2F..%2Fprocedures%2F2.000635',
			'/api/reviews/2026/%2e%2e',
			'/api/reviews/20266/x',
		]) {
			expect((await call('GET', path)).status).toBe(404);
			expect((await call('PUT', path, { body: { data: {}, revision: '' } })).status).toBe(404);
		}
	});

	test('starts a planned review from the year page, then shows it counted', async () => {
		const page = await call('GET', '/ra-soat/2026/');
		const counted = /data-progress="(\d+)\/(\d+)"/.exec(page.text)!;
		const [started, planned] = [Number(counted[1]), Number(counted[2])];
		const next = /<form action="\/ra-soat\/2026\/([^/]+)\/bat-dau\/"/.exec(page.text)![1]!;
		const start = await call('POST', `/ra-soat/2026/${next}/bat-dau/`, {
			headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
		});
		expect(start.status).toBe(303);
		expect(start.headers.location).toBe(`/ra-soat/2026/${next}/phieu/`);
		expect(existsSync(file(next))).toBe(true);
		const after = await call('GET', '/ra-soat/2026/');
		expect(after.text).toContain(`data-progress="${started + 1}/${planned}"`);
	});
});
