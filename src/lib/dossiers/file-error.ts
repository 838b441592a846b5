/**
 * Raised when a file cannot be read as a dossier export at all (a wrong header, not UTF-8…), as
 * opposed to a bad row, which is rejected and counted.
 */
export class DossierFileError extends Error {
	override name = 'DossierFileError';

	/**
	 * @param problem what is wrong, in words
	 * @param line the line it is on, when one line is to blame
	 */
	constructor(
		readonly problem: string,
		readonly line?: number
	) {
		super(line === undefined ? problem : `dòng ${line}: ${problem}`);
	}
}
