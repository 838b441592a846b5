import matter from 'gray-matter';
import { describe, expect, test } from 'vitest';
import { replicateProcedures, type ProcedureFile } from '../../../src/lib/bench/replicate';
import { splitFrontMatter } from '../../../src/lib/content/front-matter';
import { procedureSchema } from '../../../src/schemas/procedure';
import { mockProcedure } from '../../support/procedure-factory';

const originals: ProcedureFile[] = [
	{ id: '1.002153', text: matter.stringify('Ghi chú.\n', mockProcedure()) },
	{
		id: '9.000002',
		text: matter.stringify(
			'',
			mockProcedure({ code: '9.000002', name: 'Cấp thẻ công chứng viên', field: 'Công chứng' })
		),
	},
];

function frontMatter(file: ProcedureFile) {
	const split = splitFrontMatter(file.text);
	if ('reason' in split) throw new Error(split.reason);
	return split;
}

describe('replicateProcedures', () => {
	const files = replicateProcedures(originals, 7);

	test('returns the originals first, then copies up to the target', () => {
		expect(files).toHaveLength(7);
		expect(files.slice(0, 2)).toEqual(originals);
	});

	test('gives every copy a distinct id, code and name', () => {
		const data = files.map((file) => frontMatter(file).data as { code: string; name: string });
		expect(new Set(files.map((file) => file.id)).size).toBe(7);
		expect(new Set(data.map((entry) => entry.code)).size).toBe(7);
		expect(new Set(data.map((entry) => entry.name)).size).toBe(7);
		expect(files.map((file, index) => file.id === data[index]!.code)).not.toContain(false);
	});

	test('skips codes already taken and names copies by round', () => {
		expect(files.slice(2).map((file) => file.id)).toEqual([
			'9.000001',
			'9.000003',
			'9.000004',
			'9.000005',
			'9.000006',
		]);
		expect((frontMatter(files[2]!).data as { name: string }).name).toBe(
			'Đăng ký hành nghề luật sư với tư cách cá nhân – bản 2'
		);
		expect((frontMatter(files[5]!).data as { name: string }).name).toBe(
			'Cấp thẻ công chứng viên – bản 3'
		);
	});

	test('keeps every copy valid against the procedure schema, with its body', () => {
		for (const file of files) {
			const { data, body } = frontMatter(file);
			expect(procedureSchema.safeParse(data).success).toBe(true);
			expect(body).toBe(frontMatter(originals[files.indexOf(file) % 2]!).body);
		}
	});

	test('returns nothing for an empty catalogue', () => {
		expect(replicateProcedures([], 10)).toEqual([]);
	});
});
