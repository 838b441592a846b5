import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { organisation } from '../../config/organisation';
import { FormPage } from '../../components/workbench/pages/FormPage';
import { MessagePage } from '../../components/workbench/pages/MessagePage';
import { YearPage } from '../../components/workbench/pages/YearPage';
import { todayInVietnam } from '../format/today';
import { leadUnit } from '../report/plan-section';
import { reviewYears } from '../review/content';
import { startReview } from '../review/new/start-review';
import { contentProgress } from '../review/progress/load-progress';
import { scoreYear } from '../review/score/score-year';
import { countDossierVolumes, receivedIn } from '../review/volumes/dossier-volumes';
import { bundleClient, type ClientAssets } from './client-bundle';
import { readBody, redirect, send, sendHtml, sendJson } from './http';
import { refusal } from './request-guard';
import { reviewPayload } from './review-payload';
import { parseReviewRef, reviewPath, type ReviewRef } from './review-path';
import { saveReview } from './save-review';
import { workbenchContentLoader, type WorkbenchContent } from './workbench-content';
import type { ContentDir } from '../content/content-dir';

/** A running workbench. */
export interface Workbench {
	/** Address of its home page, e.g. `http://127.0.0.1:4322/ra-soat/`. */
	url: string;
	port: number;
	close(): Promise<void>;
}

/** Where and on what the workbench runs. */
export interface WorkbenchOptions {
	/** Content folder: it is read, and only its reviews/ is written. */
	content: ContentDir;
	/** Port on 127.0.0.1; 0 picks a free one. */
	port: number;
}

type Handler = (
	request: IncomingMessage,
	response: ServerResponse,
	match: string[]
) => Promise<void>;

function page(response: ServerResponse, status: number, element: ReactElement): void {
	sendHtml(response, status, renderToStaticMarkup(element));
}

function notFound(
	response: ServerResponse,
	message = 'Không có trang này trên bàn làm việc.'
): void {
	page(response, 404, createElement(MessagePage, { title: 'Không tìm thấy', message }));
}

/**
 * Starts the officers’ workbench: a small HTTP server on 127.0.0.1 only, serving the year’s
 * plan with each review’s state, form 02/RS-KSTT of each review (a React island bundled at
 * start) and a JSON API that validates and saves review records under content/reviews/.
 */
export async function startWorkbench(options: WorkbenchOptions): Promise<Workbench> {
	const { content: at } = options;
	const load = workbenchContentLoader(at);
	let assets: Promise<ClientAssets> | undefined;
	const clientAssets = () => (assets ??= bundleClient());
	let port = options.port;

	const ready = (
		response: ServerResponse
	): (WorkbenchContent & { content: NonNullable<WorkbenchContent['content']> }) | undefined => {
		const state = load();
		if (state.content)
			return state as WorkbenchContent & { content: NonNullable<WorkbenchContent['content']> };
		page(
			response,
			500,
			createElement(MessagePage, {
				title: 'Chưa dùng được',
				message: 'Thiếu hoặc lỗi content/review/config.md: chạy npm run check để xem lỗi.',
			})
		);
		return undefined;
	};
	const ref = (response: ServerResponse, year: string, id: string): ReviewRef | undefined => {
		const parsed = parseReviewRef(year, id);
		if (!parsed) notFound(response, `“${year}/${id}” không phải năm và mã thủ tục.`);
		return parsed;
	};

	const routes: [method: string, pattern: RegExp, handler: Handler][] = [
		[
			'GET',
			/^\/(?:ra-soat\/)?$/,
			async (_request, response) => {
				redirect(response, `/ra-soat/${todayInVietnam().slice(0, 4)}/`, 302);
			},
		],
		[
			'GET',
			/^\/ra-soat\/(\d{4})\/$/,
			async (_request, response, [year]) => {
				const state = ready(response);
				if (!state) return;
				const y = Number(year);
				const plan = await state.plan(y);
				const years = [
					...new Set([...reviewYears(state.content), y, Number(todayInVietnam().slice(0, 4))]),
				].sort();
				page(
					response,
					200,
					createElement(YearPage, {
						year: y,
						years,
						progress: plan && contentProgress(state.content, plan),
						scores: scoreYear(state.content, y),
						errors: state.errors,
					})
				);
			},
		],
		[
			'GET',
			/^\/ra-soat\/(\d{4})\/([^/]+)\/phieu\/$/,
			async (_request, response, [year, id]) => {
				const state = ready(response);
				const target = state && ref(response, year!, id!);
				if (!state || !target) return;
				const procedure = state.content.procedures.find((entry) => entry.id === target.id);
				if (!existsSync(reviewPath(at, target).path)) {
					return notFound(
						response,
						`Chưa có bản rà soát ${target.id} năm ${target.year}: bắt đầu từ trang Rà soát năm ${target.year}.`
					);
				}
				page(
					response,
					200,
					createElement(FormPage, {
						year: target.year,
						id: target.id,
						name: procedure?.data.name ?? target.id,
					})
				);
			},
		],
		[
			'POST',
			/^\/ra-soat\/(\d{4})\/([^/]+)\/bat-dau\/$/,
			async (_request, response, [year, id]) => {
				const state = ready(response);
				const target = state && ref(response, year!, id!);
				if (!state || !target) return;
				if (!state.content.procedures.some((entry) => entry.id === target.id))
					return notFound(response, `Không có thủ tục ${target.id}.`);
				const volumes = countDossierVolumes(
					at,
					state.content.procedures.map(({ id, data }) => ({ id, code: data.code }))
				);
				await startReview(state.content, target.id, {
					content: at,
					year: target.year,
					today: todayInVietnam(),
					unit: (field) => leadUnit(field, undefined, organisation),
					volume: (procedureId) => ({
						year: target.year - 1,
						received: receivedIn(volumes, target.year - 1, procedureId),
						sample: volumes.sampleYears.has(target.year - 1),
					}),
				});
				redirect(response, `/ra-soat/${target.year}/${target.id}/phieu/`);
			},
		],
		[
			'GET',
			/^\/api\/reviews\/(\d{4})\/([^/]+)$/,
			async (_request, response, [year, id]) => {
				const state = load();
				const target = parseReviewRef(year!, id!);
				if (!state.content || !target)
					return sendJson(response, 404, { message: 'Không có bản rà soát này.' });
				const payload = reviewPayload(
					target,
					reviewPath(at, target),
					state as WorkbenchContent & { content: NonNullable<WorkbenchContent['content']> }
				);
				if (!payload)
					return sendJson(response, 404, {
						message: `Chưa có bản rà soát ${target.id} năm ${target.year}.`,
					});
				sendJson(response, 200, payload);
			},
		],
		[
			'PUT',
			/^\/api\/reviews\/(\d{4})\/([^/]+)$/,
			async (request, response, [year, id]) => {
				const target = parseReviewRef(year!, id!);
				if (!target) return sendJson(response, 404, { message: 'Không có bản rà soát này.' });
				if (!/^application\/json\b/.test(request.headers['content-type'] ?? '')) {
					return sendJson(response, 415, { message: 'Cần dữ liệu JSON.' });
				}
				const text = await readBody(request);
				if (text === undefined) return sendJson(response, 413, { message: 'Dữ liệu quá lớn.' });
				let body: unknown;
				try {
					body = JSON.parse(text);
				} catch {
					return sendJson(response, 400, { message: 'Dữ liệu gửi lên không phải JSON hợp lệ.' });
				}
				const outcome = await saveReview(
					at,
					target,
					reviewPath(at, target),
					(body ?? {}) as object,
					load()
				);
				sendJson(response, outcome.status, outcome.body);
			},
		],
		[
			'GET',
			/^\/favicon\.ico$/,
			async (_request, response) => {
				send(response, 204, 'image/x-icon', '');
			},
		],
		[
			'GET',
			/^\/_workbench\/app\.js$/,
			async (_request, response) => {
				send(response, 200, 'text/javascript; charset=utf-8', (await clientAssets()).script);
			},
		],
		[
			'GET',
			/^\/_workbench\/app\.css$/,
			async (_request, response) => {
				send(response, 200, 'text/css; charset=utf-8', (await clientAssets()).styles);
			},
		],
	];

	const handle = async (request: IncomingMessage, response: ServerResponse) => {
		const why = refusal(request.method ?? 'GET', request.headers, port);
		if (why) return send(response, 403, 'text/plain; charset=utf-8', why);
		const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
		if (request.method === 'GET' && /^\/ra-soat\/[^.]*[^/]$/.test(path))
			return redirect(response, `${path}/`, 301);
		for (const [method, pattern, handler] of routes) {
			const match = pattern.exec(path);
			if (match && (request.method === method || (method === 'GET' && request.method === 'HEAD'))) {
				return handler(
					request,
					response,
					match.slice(1).map((part) => decodeURIComponent(part))
				);
			}
		}
		notFound(response);
	};

	const server = createServer((request, response) => {
		handle(request, response).catch((error: unknown) => {
			// The officer sees one sentence; the details stay in the terminal that started the workbench.
			console.error(error);
			if (!response.headersSent)
				sendJson(response, 500, { message: `Lỗi khi xử lý yêu cầu: ${(error as Error).message}` });
			else response.end();
		});
	});
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(options.port, '127.0.0.1', () => resolve());
	});
	port = (server.address() as AddressInfo).port;
	void clientAssets().catch(() => undefined);
	return {
		url: `http://127.0.0.1:${port}/ra-soat/`,
		port,
		close: () =>
			new Promise((resolve, reject) => {
				server.closeAllConnections();
				server.close((error) => (error ? reject(error) : resolve()));
			}),
	};
}
