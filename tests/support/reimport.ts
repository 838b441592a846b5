import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The small source snapshot the import tests share (4 national records, 6 table rows). */
const base = resolve('tests/fixtures/bad/sources/base');

/** A throwaway project with a copy of the small source snapshot in `sources/`; returns its root. */
export function sourceProject(prefix = 'tthc-changes-'): string {
	const root = mkdtempSync(join(tmpdir(), prefix));
	cpSync(base, join(root, 'sources'), { recursive: true });
	return root;
}

/** Rewrites one national record of `sources/csdl-bo-tu-phap.jsonl`; `null` drops it. */
export function editNationalRecord(
	root: string,
	code: string,
	edit: (record: Record<string, string>) => Record<string, string> | null
): void {
	const path = join(root, 'sources/csdl-bo-tu-phap.jsonl');
	const lines = readFileSync(path, 'utf8')
		.split('\n')
		.filter((line) => line.trim() !== '');
	const edited = lines.flatMap((line) => {
		const record = JSON.parse(line) as Record<string, string>;
		if (record.ma_thu_tuc !== code) return [line];
		const result = edit(record);
		return result ? [JSON.stringify(result)] : [];
	});
	writeFileSync(path, `${edited.join('\n')}\n`);
}

/** The source after a decision: a fee of 50.000 đ, one more paper, one record withdrawn. */
export function modifySource(root: string): void {
	editNationalRecord(root, '2.000954', (record) => ({
		...record,
		so_quyet_dinh: '2000/QĐ-BTP',
		cach_thuc_thuc_hien: record.cach_thuc_thuc_hien!.replace(
			'Trực tiếp5 Ngày làm việcMiễn phí',
			'Trực tiếp5 Ngày làm việc50,000 Việt Nam Đồng'
		),
	}));
	editNationalRecord(root, '1.000404', (record) => ({
		...record,
		thanh_phan_ho_so: `${record.thanh_phan_ho_so}Bản sao Quyết định thành lập Trung tâm tư vấn pháp luật0 bản chính,1 bản sao`,
	}));
	editNationalRecord(root, '1.000390', () => null);
}

/** Import options for a project made by {@link sourceProject}. */
export function importOptions(root: string, today: string) {
	return {
		source: join(root, 'sources'),
		out: join(root, 'content/procedures'),
		scope: 'department' as const,
		write: true,
		today,
	};
}
