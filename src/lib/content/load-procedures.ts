import { UserError } from '../cli/run';
import { formatProblem } from '../validation/friendly-errors';
import { checkContent } from './check-content';
import type { ContentDir } from './content-dir';
import type { CheckedProcedure } from './check-procedures';

/**
 * Loads the validated procedures of a content folder for scripts. Stops with every content
 * error listed when any file is invalid, so no script works on half-valid data.
 */
export function loadProcedures(content: ContentDir): CheckedProcedure[] {
	const { procedures, errors } = checkContent(content);
	if (errors.length > 0) {
		throw new UserError(
			`nội dung có lỗi; sửa các lỗi sau trước (npm run check liệt kê chúng):\n${errors.map(formatProblem).join('\n')}`
		);
	}
	return procedures;
}
