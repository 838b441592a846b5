import { UserError } from '../cli/run';
import { loadPlanDossierSignals } from '../dossiers/signals';
import type { DossierSignals } from '../review/plan/dossier-signals';
import type { ReviewContent } from '../review/content';
import { buildPlan, type Plan, type PlanOptions } from '../review/plan/build-plan';
import { formatProblem } from '../validation/friendly-errors';
import { checkContent } from './check-content';
import { reviewConfigFile } from './check-reviews';
import { contentFile, type ContentDir } from './content-dir';
import { summaryOf } from './procedure-summary';

const cache = new Map<string, ReviewContent>();

/** Plans already built, per content folder, year and choice: every review and report page asks. */
const plans = new Map<string, Promise<Plan>>();

/**
 * Loads the validated procedures and review content of a content folder, for the CLI and the
 * pages. Stops with every content error listed when a file is invalid. Cached per folder, because
 * every review page of a build asks for it.
 */
export function loadReviewContent(at: ContentDir): ReviewContent {
	const cached = cache.get(at.dir);
	if (cached) return cached;
	const { procedures, review, stateData, errors } = checkContent(at);
	if (errors.length > 0) {
		throw new UserError(
			`nội dung có lỗi; sửa các lỗi sau trước (npm run check liệt kê chúng):\n${errors.map(formatProblem).join('\n')}`
		);
	}
	if (!review.config)
		throw new UserError(
			`${contentFile(at, reviewConfigFile)}: cần tệp cài đặt rà soát; đang thiếu`
		);
	const content: ReviewContent = {
		config: review.config,
		procedures: procedures.map((procedure) => ({
			id: procedure.id,
			summary: procedure.summary,
			// Read on demand: the plan reads summaries only (see content-cache.ts).
			get data() {
				return procedure.data;
			},
		})),
		reviews: review.reviews,
		feedback: review.feedback,
		...(stateData ? { stateData } : {}),
	};
	cache.set(at.dir, content);
	return content;
}

/** Forgets the content loaded from a folder, so that the next load reads the files again (the workbench saves). */
export function forgetReviewContent(at: ContentDir): void {
	cache.delete(at.dir);
	for (const key of plans.keys()) if (key.startsWith(`${at.dir}\n`)) plans.delete(key);
}

/**
 * Dossier statistics for the plan of `planYear`: per procedure, the dossiers received in the year
 * before it (or the latest earlier year with data) in `content/dossiers/`, streamed by the
 * dossier import (src/lib/dossiers/signals.ts). `undefined` when no dossier data comes before
 * `planYear`; the plan then says the signals are missing.
 */
export async function loadDossierSignals(
	at: ContentDir,
	planYear: number
): Promise<DossierSignals | undefined> {
	const { procedures } = loadReviewContent(at);
	return loadPlanDossierSignals(
		at,
		procedures.map((procedure) => ({ id: procedure.id, code: summaryOf(procedure).code })),
		planYear
	);
}

/**
 * The plan of `year` from a content folder and its dossier statistics: what the CLI and pages
 * show. `choice` overrides the configured share and population for one run (CLI options).
 * Built once per folder, year and choice: a build’s review and report pages and their downloads
 * all show the same plan, and at thousands of procedures one plan takes seconds.
 */
export function loadPlan(
	year: number,
	choice: Pick<PlanOptions, 'share' | 'includeCommune'> | undefined,
	at: ContentDir
): Promise<Plan> {
	const key = `${at.dir}\n${year}\n${choice?.share ?? ''}\n${choice?.includeCommune ?? ''}`;
	let plan = plans.get(key);
	if (!plan) {
		plan = buildFrom(year, choice, at);
		plans.set(key, plan);
		// A failed load is not kept, so that the next call tries again.
		plan.catch(() => plans.delete(key));
	}
	return plan;
}

async function buildFrom(
	year: number,
	choice: Pick<PlanOptions, 'share' | 'includeCommune'> | undefined,
	at: ContentDir
): Promise<Plan> {
	return buildPlan(loadReviewContent(at), {
		year,
		...choice,
		dossiers: await loadDossierSignals(at, year),
	});
}
