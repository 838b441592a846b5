import type { Answer } from '../../schemas/review-form';

/** Whether a question has an answer: Có, Không or “không áp dụng”; a draft may leave it open. */
export function isAnswered(answer: Pick<Answer, 'ok'>): boolean {
	return answer.ok !== undefined;
}

/**
 * The answer that counts for a component: “Không” when the component or any of its rows (a paper,
 * a step, a condition) is answered “Không”, since each such row is a finding of the component.
 */
export function effectiveOk(answer: Answer): boolean | null | undefined {
	if (answer.ok === false || answer.items?.some((row) => row.ok === false)) return false;
	return answer.ok;
}

/** Whether the component has a finding, on itself or on one of its rows. */
export function hasFinding(answer: Answer): boolean {
	return effectiveOk(answer) === false;
}

/** The rows of a component answered “Không”, each a finding with its reason and proposal. */
export function rowFindings(answer: Answer): { item: string; reason: string; proposal?: string }[] {
	return (answer.items ?? []).flatMap((row) =>
		row.ok === false
			? [
					{
						item: row.item,
						reason: row.reason ?? '',
						...(row.proposal && { proposal: row.proposal }),
					},
				]
			: []
	);
}

/** The answer as the form prints it: Có, Không, Không áp dụng, or “Chưa trả lời” in a draft. */
export function verdictLabel(ok: boolean | null | undefined): string {
	if (ok === undefined) return 'Chưa trả lời';
	if (ok === null) return 'Không áp dụng';
	return ok ? 'Có' : 'Không';
}
