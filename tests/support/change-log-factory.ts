import { projectContentDir } from '../../src/lib/content/content-dir';
import { rmSync } from 'node:fs';
import { readChangeLog, type LoggedChangeSet } from '../../src/lib/changes/read-change-log';
import { runImport } from '../../src/lib/import/run-import';
import { importOptions, modifySource, sourceProject } from './reimport';

/**
 * The change log of a real re-import: a first import of the small source snapshot on
 * 2026-01-02, then one of the modified source (fee changed, paper added, record withdrawn) on
 * 2026-03-04. Change sets oldest first, as read.
 */
export async function reimportedChangeLog(): Promise<LoggedChangeSet[]> {
	const root = sourceProject();
	try {
		await runImport(importOptions(root, '2026-01-02'));
		modifySource(root);
		await runImport({ ...importOptions(root, '2026-03-04'), allowShrink: true });
		const { sets, problems } = readChangeLog(projectContentDir(root), true);
		if (problems.length > 0) throw new Error(JSON.stringify(problems));
		return sets;
	} finally {
		rmSync(root, { recursive: true, force: true });
	}
}

/** A logged change set made by hand, for rendering tests. */
export function mockLoggedSet(
	overrides: Partial<LoggedChangeSet['set']> = {},
	file = 'content/changes/2026-07-01-1-hand-edit.md'
): LoggedChangeSet {
	return {
		file,
		set: {
			date: '2026-07-01',
			kind: 'hand-edit',
			note: 'Cập nhật theo quyết định mới',
			changes: [
				{
					id: '1.002153',
					name: 'Đăng ký hành nghề luật sư với tư cách cá nhân',
					change: 'changed',
					fields: [
						{
							field: 'fees',
							item: 'Trực tiếp',
							before: 'Lệ phí: 100.000 đ',
							after: 'Lệ phí: 50.000 đ',
						},
					],
				},
			],
			...overrides,
		},
	};
}
