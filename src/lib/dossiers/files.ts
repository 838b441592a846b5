/** Folder of the dossier exports, in the default content layout (see content-dir.ts). */
export const dossiersDir = 'content/dossiers';

/** Dossier files are `.csv`; rejects files written by the import are not dossier files. */
export function isDossierFile(name: string): boolean {
	return name.endsWith('.csv') && !name.endsWith('.rejects.csv') && !name.startsWith('.');
}

/** Files named `sample-…` hold generated sample data, which every page using them must say. */
export function isSampleFile(name: string): boolean {
	return name.replace(/^.*\//, '').startsWith('sample-');
}
