import type { ContentDir } from '../content/content-dir';
import { loadDossierDataByYear } from './load';
import { indexProcedures } from './procedure-index';
import { buildDossierReport, type DossierReport, type ProcedureInfo } from './report';

/** The dossier report of one calendar year of receipt. */
export interface YearReport {
	year: number;
	report: DossierReport;
}

/** A procedure as the site knows it, with its code for matching dossier rows. */
export interface SiteProcedure extends ProcedureInfo {
	code: string | null;
}

const cache = new Map<string, Promise<YearReport[]>>();

/**
 * Reads `content/dossiers/` once per build and returns one report per year of receipt, oldest
 * first. Pages and reports of the same build share the result.
 */
export function loadYearReports(
	content: ContentDir,
	procedures: readonly SiteProcedure[]
): Promise<YearReport[]> {
	let reports = cache.get(content.dir);
	if (!reports) {
		reports = buildYearReports(content, procedures);
		cache.set(content.dir, reports);
	}
	return reports;
}

async function buildYearReports(
	content: ContentDir,
	procedures: readonly SiteProcedure[]
): Promise<YearReport[]> {
	const { byYear } = await loadDossierDataByYear(content, indexProcedures(procedures));
	const reports: YearReport[] = [];
	for (const [year, data] of byYear) {
		reports.push({
			year,
			report: buildDossierReport(data.stats, procedures, { sample: data.sample }),
		});
	}
	return reports;
}
