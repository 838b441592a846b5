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

/** One measured figure. */
export interface BenchRow {
	section: string;
	corpus: string;
	metric: string;
	value: number;
	unit: string;
	/** The budget for this figure, printed as PASS or FAIL. */
	budget?: { limit: number; comparison: '<=' | '>=' };
}
