import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent } from '../content/check-content';
import { reviewsDir } from '../content/check-reviews';
import { contentPath, type ContentDir } from '../content/content-dir';
import { proceduresBase } from '../content/content-glob';
import { dossiersDir } from '../dossiers/files';
import { loadPlanDossierSignals } from '../dossiers/signals';
import type { ReviewContent } from '../review/content';
import { buildPlan, type Plan } from '../review/plan/build-plan';
import type { Problem } from '../validation/friendly-errors';

/** The project’s content as the workbench sees it, and the errors that kept files out. */
export interface WorkbenchContent {
	/** `undefined` while the review settings are missing or invalid. */
	content?: ReviewContent;
	errors: Problem[];
	/** The plan of a year, built once per content state. */
	plan(year: number): Promise<Plan | undefined>;
}

/** Modification times of every file the content depends on: changes when a file is saved or edited. */
function signature(content: ContentDir): string {
	const stamps: string[] = [];
	const walk = (dir: string) => {
		let entries: string[];
		try {
			entries = readdirSync(dir);
		} catch {
			return;
		}
		for (const name of entries.sort()) {
			const path = join(dir, name);
			const stat = statSync(path);
			if (stat.isDirectory()) walk(path);
			else stamps.push(`${path}:${stat.mtimeMs}:${stat.size}`);
		}
	};
	for (const dir of [proceduresBase, 'content/review', reviewsDir, dossiersDir])
		walk(contentPath(content, dir));
	return stamps.join('\n');
}

/**
 * Loads a content folder afresh whenever a file changed since the last load (a save from
 * the form, or a hand edit while the workbench runs), else returns the last load.
 */
export function workbenchContentLoader(at: ContentDir): () => WorkbenchContent {
	let last: { key: string; value: WorkbenchContent } | undefined;
	return () => {
		const key = signature(at);
		if (last?.key === key) return last.value;
		const checked = checkContent(at);
		const content: ReviewContent | undefined = checked.review.config && {
			config: checked.review.config,
			procedures: checked.procedures.map(({ id, data }) => ({ id, data })),
			reviews: checked.review.reviews,
			feedback: checked.review.feedback,
		};
		const plans = new Map<number, Promise<Plan | undefined>>();
		const value: WorkbenchContent = {
			content,
			errors: checked.errors,
			plan(year) {
				if (!content) return Promise.resolve(undefined);
				let plan = plans.get(year);
				if (!plan) {
					plan = loadPlanDossierSignals(
						at,
						content.procedures.map(({ id, data }) => ({ id, code: data.code })),
						year
					).then((dossiers) => buildPlan(content, { year, dossiers }));
					plans.set(year, plan);
				}
				return plan;
			},
		};
		last = { key, value };
		return value;
	};
}
