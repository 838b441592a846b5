import { parseDocument } from 'yaml';
import { splitFrontMatter } from '../content/front-matter';

/** A procedure file: its id (file name without `.md`) and its text. */
export interface ProcedureFile {
	id: string;
	text: string;
}

/**
 * Grows a catalogue to `target` procedures for the build benchmark by copying real ones: each copy
 * gets a new national code, used as its id, and “– bản N” after its name, so ids, pages and names
 * stay distinct and the content check passes as it does for the originals. Codes start with `9.`,
 * which no national code uses, and skip any code already taken. Copies go round the originals in
 * order, so every field grows in proportion.
 */
export function replicateProcedures(
	originals: readonly ProcedureFile[],
	target: number
): ProcedureFile[] {
	if (originals.length === 0) return [];
	const taken = new Set(originals.map((file) => file.id));
	let next = 0;
	const freshCode = () => {
		let code: string;
		do {
			next += 1;
			code = `9.${String(next).padStart(6, '0')}`;
		} while (taken.has(code));
		taken.add(code);
		return code;
	};
	const copies: ProcedureFile[] = [];
	for (let index = originals.length; index < target; index += 1) {
		const original = originals[index % originals.length]!;
		const round = Math.floor(index / originals.length);
		const code = freshCode();
		copies.push({ id: code, text: renamed(original, code, round) });
	}
	return [...originals, ...copies];
}

/** The text of `file` with a new code and “– bản N” after its name; the body is kept. */
function renamed(file: ProcedureFile, code: string, round: number): string {
	const split = splitFrontMatter(file.text);
	if ('reason' in split) throw new Error(`${file.id}.md: ${split.reason}`);
	const document = parseDocument(split.yaml);
	document.set('code', code);
	document.set('name', `${String(document.get('name'))} – bản ${round + 1}`);
	return `---\n${document.toString({ lineWidth: 0 })}---\n${split.body}`;
}
