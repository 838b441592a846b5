/** A content folder the bench measures: the real catalogue, or a generated one. */
export interface BenchCorpus {
	label: string;
	procedures: number;
	contentDir: string;
	distDir?: string;
}

/** One measured figure, with its budget when the issue sets one. */
export interface BenchRow {
	section: string;
	corpus: string;
	metric: string;
	value: number;
	unit: string;
	budget?: { limit: number; comparison: '<=' | '>=' };
}
