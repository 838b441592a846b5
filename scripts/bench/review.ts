import { performance } from 'node:perf_hooks';
import { runCli } from '../../src/lib/cli/run';
import { loadDossierSignals, loadReviewContent } from '../../src/lib/content/load-review-content';
import { reviewYears } from '../../src/lib/review/content';
import { buildPlan } from '../../src/lib/review/plan/build-plan';
import { scoreYear } from '../../src/lib/review/score/score-year';
import { parseOptions } from '../support/args';

/**
 * Measures the review engine on the whole catalogue: loading and validating the content once,
 * then `buildPlan` and `scoreYear` repeated. Prints milliseconds; asserts nothing.
 * Usage: npx tsx scripts/bench/review.ts [--runs 50] [--root <project>]; `--root` measures
 * another content tree, e.g. the 2,642-record scale corpus (`npm run import -- --scope all`).
 */
runCli(async () => {
	const values = parseOptions(
		process.argv.slice(2),
		{ runs: { type: 'string', default: '50' }, root: { type: 'string' } },
		'Usage: npx tsx scripts/bench/review.ts [--runs 50] [--root <project>]'
	);
	const runs = Math.max(1, Number(values.runs));
	const root = values.root ?? process.cwd();
	let started = performance.now();
	const content = loadReviewContent(root);
	const loadMs = performance.now() - started;
	const scoreYearValue = reviewYears(content).at(-1) ?? new Date().getFullYear();
	const planYear = scoreYearValue + 1;
	const dossiers = await loadDossierSignals(root, planYear);
	const time = (work: () => unknown) => {
		const samples: number[] = [];
		for (let run = 0; run < runs; run += 1) {
			started = performance.now();
			work();
			samples.push(performance.now() - started);
		}
		samples.sort((a, b) => a - b);
		return { median: samples[Math.floor(samples.length / 2)]!, max: samples.at(-1)! };
	};
	const plan = time(() => buildPlan(content, { year: planYear, dossiers }));
	const score = time(() => scoreYear(content, scoreYearValue));
	const format = (ms: number) => `${ms.toFixed(2)} ms`;
	console.log(
		`catalogue: ${content.procedures.length} procedures, ${content.reviews.length} review records`
	);
	console.log(`load + validate content (once): ${format(loadMs)}`);
	console.log(
		`plan ${planYear} (${runs} runs): median ${format(plan.median)}, max ${format(plan.max)}`
	);
	console.log(
		`score ${scoreYearValue} (${runs} runs): median ${format(score.median)}, max ${format(score.max)}`
	);
	return 0;
});
