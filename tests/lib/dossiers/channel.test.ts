import { describe, expect, test } from 'vitest';
import { parseChannel } from '../../../src/lib/dossiers/channel';

describe('parseChannel', () => {
	test('reads the schema values', () => {
		expect(parseChannel('in-person')).toBe('in-person');
		expect(parseChannel('online')).toBe('online');
		expect(parseChannel('postal')).toBe('postal');
	});
	test('reads the Vietnamese labels without regard to case or diacritics', () => {
		expect(parseChannel('Trực tiếp')).toBe('in-person');
		expect(parseChannel('TRỰC TUYẾN')).toBe('online');
		expect(parseChannel('truc tuyen')).toBe('online');
		expect(parseChannel('Dịch vụ bưu chính')).toBe('postal');
		expect(parseChannel('Bưu chính')).toBe('postal');
		expect(parseChannel(' bưu  chính ')).toBe('postal');
	});
	test('returns null for anything else', () => {
		expect(parseChannel('fax')).toBeNull();
		expect(parseChannel('')).toBeNull();
	});
});
