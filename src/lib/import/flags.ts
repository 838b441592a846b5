import type { Flag, FlagCode } from '../../schemas/flag';

/** A doubtful value found while parsing, before the mapper knows where it lands in the procedure. */
export interface FlagDraft {
	code: FlagCode;
	message: string;
	asWritten?: string;
	/** Field below the place the draft is put at, e.g. `amount` for a fee’s amount. */
	at?: string;
}

/** Creates a flag draft; `asWritten` is left out when empty so the file stays short. */
export function draft(code: FlagCode, message: string, asWritten?: string, at?: string): FlagDraft {
	return { code, message, ...(asWritten ? { asWritten } : {}), ...(at ? { at } : {}) };
}

/** Places flag drafts at `path` in the procedure, e.g. `channels[0].timeLimit`. */
export function placeFlags(drafts: readonly FlagDraft[], path: string): Flag[] {
	return drafts.map(({ code, message, asWritten, at }) => ({
		code,
		path: at ? `${path}.${at}` : path,
		message,
		...(asWritten === undefined ? {} : { asWritten }),
	}));
}

/** A `parse-uncertain` flag at `path`, saying what could not be read and quoting the source text. */
export function uncertain(path: string, what: string, asWritten: string): Flag {
	return {
		code: 'parse-uncertain',
		path,
		message: `${what}; xem nguyên văn — đang được xác minh.`,
		asWritten,
	};
}
