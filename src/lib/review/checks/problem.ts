import type { Problem } from '../../validation/friendly-errors';

/** An error of a review record, at a field path written as in the file (`cost.fees[0].amount`). */
export function recordError(file: string, path: string, message: string): Problem {
	return { file, path, message, severity: 'error' };
}

/** A warning of a review record. */
export function recordWarning(file: string, path: string, message: string): Problem {
	return { file, path, message, severity: 'warning' };
}
