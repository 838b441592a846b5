import { figureOriginLabels } from '../../../schemas/figure-source';
import type { ReviewRecord } from '../../../schemas/review-record';
import { formatDecimal, formatNumber, formatPercent } from '../../format/vi';
import { optionCosts, type CostModel, type OptionEvaluation } from '../../review/option-cost';
import { optionModel } from '../../review/score/option-model';
import type { Block } from '../content/blocks';

type Sourced = { from: keyof typeof figureOriginLabels; note?: string };

function source(line: Sourced | undefined): string {
	if (!line) return '';
	return [figureOriginLabels[line.from], line.note].filter(Boolean).join(': ');
}

/** Executions a year of a cost model: dossiers, or f × N. */
function executions(cost: CostModel | undefined): number | undefined {
	if (!cost) return undefined;
	if (cost.dossiersPerYear) return cost.dossiersPerYear.value;
	return (cost.timesPerYear?.value ?? 0) * (cost.subjectsPerYear?.value ?? 0);
}

/**
 * The compliance cost before and after the option as the form prints it (TT 02/2017 Điều 27):
 * each activity’s hours, each fee and other cost with the source of its figure, the cost per
 * execution, the executions a year and the cost a year. No total row repeats on a new page:
 * the results are ordinary rows.
 */
export function formCostTable(
	record: Pick<ReviewRecord, 'cost' | 'option'>,
	evaluation: OptionEvaluation,
	hourlyIncome: number
): Block[] {
	const { before, after } = optionCosts(optionModel(record, hourlyIncome));
	const dash = '–';
	const value = (
		cost: CostModel | undefined,
		read: (cost: CostModel) => number | undefined,
		write = formatNumber
	) => {
		if (!cost) return '0';
		const found = read(cost);
		return found === undefined ? dash : write(found);
	};
	const line =
		<T extends { key: string }>(
			list: (cost: CostModel) => T[],
			key: string,
			field: (line: T) => number
		) =>
		(cost: CostModel) => {
			const match = list(cost).find((candidate) => candidate.key === key);
			return match ? field(match) : undefined;
		};
	const { cost } = record;
	const rows: string[][] = [
		...cost.activities.map((activity) => [
			`${activity.name} (giờ)`,
			source(activity),
			formatDecimal(activity.hours),
			value(
				after,
				line(
					(model) => model.activities,
					activity.key,
					(found) => found.hours
				),
				formatDecimal
			),
		]),
		[
			`Chi phí thời gian (tổng số giờ × ${formatNumber(hourlyIncome)} đồng/giờ)`,
			'Thu nhập bình quân một giờ',
			formatNumber(evaluation.before.timeCost),
			formatNumber(evaluation.after.timeCost),
		],
		...cost.fees.map((fee) => [
			fee.name,
			source(fee),
			formatNumber(fee.amount),
			value(
				after,
				line(
					(model) => model.fees,
					fee.key,
					(found) => found.amount
				)
			),
		]),
		...cost.otherCosts.map((other) => [
			other.name,
			source(other),
			formatNumber(other.amount),
			value(
				after,
				line(
					(model) => model.otherCosts,
					other.key,
					(found) => found.amount
				)
			),
		]),
		[
			'Chi phí một lần thực hiện (đồng)',
			'',
			formatNumber(evaluation.before.perCase),
			formatNumber(evaluation.after.perCase),
		],
		[
			'Số lần thực hiện một năm',
			source(cost.dossiersPerYear ?? cost.subjectsPerYear),
			value(before, executions, formatDecimal),
			value(after, executions, formatDecimal),
		],
		[
			'Chi phí một năm (đồng)',
			'',
			formatNumber(evaluation.before.perYear),
			formatNumber(evaluation.after.perYear),
		],
	];
	return [
		{
			kind: 'table',
			columns: [
				{ heading: 'Nội dung', width: 34 },
				{ heading: 'Nguồn số liệu', width: 32 },
				{ heading: 'Hiện nay', width: 17, align: 'right' },
				{ heading: 'Sau đơn giản hóa', width: 17, align: 'right' },
			],
			rows,
		},
		{
			kind: 'paragraph',
			text: `Chi phí tiết kiệm: ${formatNumber(evaluation.saving)} đồng/năm; tỷ lệ cắt giảm chi phí: ${formatPercent(evaluation.savingRate)}.`,
			style: 'bold',
		},
	];
}
