import type { Figure } from '../../src/lib/bench/report';

/** A content folder the benchmark measures, laid out like `content/` (see TTHC_CONTENT_DIR). */
export interface BenchCorpus {
	/** Short name in the table, e.g. `15×`. */
	label: string;
	/** Number of procedure files. */
	procedures: number;
	/** Absolute path of the content folder. */
	contentDir: string;
	/** Built site of this corpus, once the build section has run. */
	distDir?: string;
}

/**
 * One measured figure: section, corpus, metric, value, unit, and the budget when it has
 * one (printed as PASS or FAIL). Its fields are those of {@link Figure}, which the table uses.
 */
export interface BenchRow extends Figure {}
