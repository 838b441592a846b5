import { describe, expect, test } from 'vitest';
import { append, getIn, removeAt, setIn } from '../../../src/lib/workbench/data-path';
import {
	formatInput,
	parseDecimalInput,
	parseDongInput,
} from '../../../src/lib/workbench/number-input';
import { isLoopbackHost, refusal } from '../../../src/lib/workbench/request-guard';
import { parseReviewRef, reviewPath } from '../../../src/lib/workbench/review-path';
import { lockRefusal } from '../../../src/lib/workbench/status-lock';
import { projectContentDir } from '../../../src/lib/content/content-dir';

describe('isLoopbackHost', () => {
	test('accepts this machine on the workbench’s port only', () => {
		expect(isLoopbackHost('127.0.0.1:4322', 4322)).toBe(true);
		expect(isLoopbackHost('localhost:4322', 4322)).toBe(true);
		expect(isLoopbackHost('[::1]:4322', 4322)).toBe(true);
		expect(isLoopbackHost('127.0.0.1:80', 4322)).toBe(false);
		expect(isLoopbackHost('tthc.example.gov.vn:4322', 4322)).toBe(false);
		expect(isLoopbackHost(undefined, 4322)).toBe(false);
	});
});

describe('refusal', () => {
	const host = { host: '127.0.0.1:4322' };
	test('lets the workbench’s own pages read and write', () => {
		expect(refusal('GET', host, 4322)).toBeUndefined();
		expect(
			refusal(
				'PUT',
				{ ...host, origin: 'http://127.0.0.1:4322', 'sec-fetch-site': 'same-origin' },
				4322
			)
		).toBeUndefined();
	});
	test('refuses other sites, and writes that name no origin', () => {
		expect(refusal('PUT', { ...host, origin: 'http://evil.example' }, 4322)).toMatch(/trang khác/);
		expect(refusal('GET', { ...host, 'sec-fetch-site': 'cross-site' }, 4322)).toMatch(/trang khác/);
		expect(refusal('POST', host, 4322)).toMatch(/Thiếu Origin/);
	});
});

describe('reviewPath', () => {
	test('reads years and ids, and refuses anything that could leave content/reviews/', () => {
		expect(parseReviewRef('2026', '2.000635')).toEqual({ year: 2026, id: '2.000635' });
		expect(parseReviewRef('2026', '../x')).toBeUndefined();
		expect(parseReviewRef('2026', '..')).toBeUndefined();
		expect(parseReviewRef('26', '2.000635')).toBeUndefined();
		expect(reviewPath(projectContentDir('/p'), { year: 2026, id: '2.000635' })).toEqual({
			file: 'content/reviews/2026/2.000635.md',
			path: '/p/content/reviews/2026/2.000635.md',
		});
	});
});

describe('setIn', () => {
	test('sets deep values without touching the original, and removes cleared ones', () => {
		const data = { a: { b: 1, c: 'x' }, list: [{ d: 1 }] };
		expect(setIn(data, ['a', 'b'], 2)).toEqual({ a: { b: 2, c: 'x' }, list: [{ d: 1 }] });
		expect(setIn(data, ['a', 'c'], '')).toEqual({ a: { b: 1 }, list: [{ d: 1 }] });
		expect(setIn(data, ['list', 0, 'e'], false)).toEqual({
			a: { b: 1, c: 'x' },
			list: [{ d: 1, e: false }],
		});
		expect(setIn({}, ['x', 'y'], null)).toEqual({ x: { y: null } });
		expect(data).toEqual({ a: { b: 1, c: 'x' }, list: [{ d: 1 }] });
	});
	test('adds and removes list items', () => {
		expect(append({ l: [1] }, ['l'], 2)).toEqual({ l: [1, 2] });
		expect(append({}, ['l'], 2)).toEqual({ l: [2] });
		expect(removeAt({ l: [1, 2, 3] }, ['l'], 1)).toEqual({ l: [1, 3] });
		expect(getIn({ l: [{ a: 5 }] }, ['l', 0, 'a'])).toBe(5);
	});
});

describe('number inputs', () => {
	test('read đồng with thousands dots and decimals with a comma', () => {
		expect(parseDongInput('50.000')).toBe(50000);
		expect(parseDongInput('50 000 đ')).toBe(50000);
		expect(parseDongInput('1,5')).toBeUndefined();
		expect(parseDecimalInput('1,5')).toBe(1.5);
		expect(parseDecimalInput('2')).toBe(2);
		expect(parseDecimalInput('-1')).toBeUndefined();
		expect(formatInput(50000, 'dong')).toBe('50.000');
		expect(formatInput(1.5, 'decimal')).toBe('1,5');
	});
});

describe('lockRefusal', () => {
	const adopted = {
		status: 'adopted',
		option: { summary: 'A' },
		history: [{ status: 'draft', date: '2026-01-01', unit: 'P' }],
	};
	test('lets an adopted record only move on or be reopened', () => {
		const moved = {
			...adopted,
			status: 'implemented',
			history: [...adopted.history, { status: 'implemented', date: '2026-10-01', unit: 'P' }],
		};
		expect(lockRefusal(adopted, moved)).toBeUndefined();
		expect(lockRefusal(adopted, { ...adopted, option: { summary: 'B' } })).toMatch(
			/mở lại kèm lý do/
		);
		expect(
			lockRefusal({ ...adopted, status: 'draft' }, { ...adopted, option: { summary: 'B' } })
		).toBeUndefined();
	});
});
