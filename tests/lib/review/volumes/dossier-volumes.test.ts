import { mkdirSync, mkdtempSync, symlinkSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { projectContentDir } from '../../../../src/lib/content/content-dir';
import { dossierSizeLimit } from '../../../../src/lib/content/size-limits';
import { countDossierVolumes } from '../../../../src/lib/review/volumes/dossier-volumes';
import { writeContentFiles } from '../../../support/review-factory';

const header = 'code,received_at,due_at,finished_at,channel,apology_at,status';
const procedures = [{ id: '1.002153', code: '1.002153' }];

/** A project whose dossier folder holds one readable export of 2025, and whatever `add` puts beside it. */
function projectWith(add: (dossiers: string) => void): string {
	const root = writeContentFiles(mkdtempSync(join(tmpdir(), 'tthc-volumes-')), {
		'content/dossiers/export-2025.csv': [
			header,
			'1.002153,02/01/2025,09/01/2025,08/01/2025,Trực tiếp,,Đã trả kết quả',
		].join('\n'),
	});
	add(join(root, 'content/dossiers'));
	return root;
}

describe('countDossierVolumes', () => {
	test('skips what it cannot read, counting the other files, and leaves the naming to the check', () => {
		const root = projectWith((dossiers) => {
			mkdirSync(join(dossiers, 'export-2024.csv'));
			symlinkSync(join(dossiers, 'missing.csv'), join(dossiers, 'export-2023.csv'));
		});
		const volumes = countDossierVolumes(projectContentDir(root), procedures);
		expect([...volumes.byYear.keys()]).toEqual([2025]);
		expect(volumes.byYear.get(2025)?.get('1.002153')).toBe(1);
		expect(volumes.files.get(2025)).toEqual(['content/dossiers/export-2025.csv']);
	});

	test('does not read a file over the size the check accepts', () => {
		const root = projectWith((dossiers) => {
			writeContentFiles(dossiers, {
				'export-2024.csv': `${header}\n1.002153,02/01/2024,09/01/2024,,Trực tiếp,,\n`,
			});
			truncateSync(join(dossiers, 'export-2024.csv'), dossierSizeLimit + 1);
		});
		const volumes = countDossierVolumes(projectContentDir(root), procedures);
		expect([...volumes.byYear.keys()]).toEqual([2025]);
	});
});
