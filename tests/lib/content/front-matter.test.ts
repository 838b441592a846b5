import { parseFrontmatter } from '@astrojs/markdown-remark';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { splitFrontMatter } from '../../../src/lib/content/front-matter';

/** What Astro’s collection gets from a Markdown text: its data, or `error` when it throws. */
function astroData(text: string): unknown {
	try {
		return parseFrontmatter(text, { frontmatter: 'empty-with-spaces' }).frontmatter;
	} catch {
		return 'error';
	}
}

/** What the check gets: the same data, `{}` where Astro finds no front matter, or `error`. */
function checkData(text: string): unknown {
	const split = splitFrontMatter(text);
	if (!('reason' in split)) return split.data && typeof split.data === 'object' ? split.data : {};
	return split.line !== undefined ? 'error' : {};
}

const tricky = [
	"---\ncode: '2.002039'\nname: Nhập quốc tịch\n---\nGhi chú.\n",
	"\uFEFF---\ncode: '2.002039'\n---\n",
	"\n\n---\ncode: '2.002039'\n---\n",
	"---\r\ncode: '2.002039'\r\namount: 50.000\r\n---\r\nGhi chú.\r\n",
	'---\nsince: 2025-07-01\nflag: yes\nn: 0x10\nnothing: ~\n---\n',
	'---\nname: a\n---\nbody\n---\nmore: 1\n---\n',
	'---\nname: [unclosed\n---\n',
	'---\nname: a\nname: b\n---\n',
	'---\n- a\n- b\n---\n',
	'---\n---\n',
	'Không có phần đầu.\n',
	'--- \nname: a\n---\n',
	'----\nname: a\n---\n',
];

describe('splitFrontMatter', () => {
	test('reads the same data as Astro’s parser on tricky texts', () => {
		for (const text of tricky)
			expect(checkData(text), JSON.stringify(text)).toEqual(astroData(text));
	});

	test('reads the same data as Astro’s parser on any text around a front matter', () => {
		const line = fc.stringMatching(/^[a-z:\- '"[\]{}0-9.\uFEFF]{0,12}$/);
		const text = fc
			.tuple(
				fc.constantFrom('', '\uFEFF', '\n', ' \n'),
				fc.array(line, { maxLength: 5 }),
				fc.string()
			)
			.map(([start, lines, body]) => `${start}---\n${lines.join('\n')}\n---\n${body}`);
		fc.assert(
			fc.property(text, (value) => {
				expect(checkData(value)).toEqual(astroData(value));
			})
		);
	});

	test('gives the line of the front matter and the body', () => {
		const split = splitFrontMatter("\n---\ncode: '1.000001'\n---\nGhi chú.\n");
		expect(split).toMatchObject({ firstLine: 2, body: 'Ghi chú.\n', data: { code: '1.000001' } });
	});

	test('gives the line of a YAML error in the file', () => {
		expect(splitFrontMatter('---\nname: a\nname: b\n---\n')).toEqual({
			reason:
				'phần đầu tệp không đọc được như YAML: một trường được viết hai lần (trùng tên trường)',
			line: 3,
		});
	});

	test('refuses TOML front matter', () => {
		expect(splitFrontMatter('+++\nname = "a"\n+++\n')).toEqual({
			reason: 'cần phần đầu tệp viết bằng YAML giữa hai dòng ---, không phải TOML (+++)',
		});
	});
});
