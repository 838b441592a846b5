import { figureOriginLabels, figureOrigins } from '../../../schemas/figure-source';
import { timeUnitLabels, timeUnits } from '../../../schemas/time-limit';
import { getIn, type DataPath } from '../../../lib/workbench/data-path';
import { NumberField, SelectField, TextField } from './fields';
import { useForm } from './form-context';
import { EditableList, freshKey } from './ListControls';

const origins = figureOrigins.map((origin) => [origin, figureOriginLabels[origin]] as const);
const units = timeUnits.map((unit) => [unit, timeUnitLabels[unit]] as const);

/** Where a figure comes from and how it was obtained, beside every figure. */
function Source(props: { path: DataPath }) {
	return (
		<>
			<SelectField label="Nguồn số liệu" path={[...props.path, 'from']} options={origins} />
			<TextField label="Cách có số liệu" path={[...props.path, 'note']} />
		</>
	);
}

function lineName(data: unknown, path: DataPath, index: number, fallback: string): string {
	const name = getIn(data, [...path, index, 'name']);
	return typeof name === 'string' && name ? name : `${fallback} ${index + 1}`;
}

/** One list of cost lines: activities in hours, or amounts in đồng. */
function CostLines(props: {
	list: 'activities' | 'fees' | 'otherCosts';
	title: string;
	noun: string;
	prefix: string;
}) {
	const { data } = useForm();
	const path = ['cost', props.list];
	const hours = props.list === 'activities';
	return (
		<fieldset className="group">
			<legend>{props.title}</legend>
			<EditableList
				path={path}
				addLabel={`Thêm ${props.noun}`}
				itemLabel={(index) => lineName(data, path, index, props.noun)}
				newItem={(current) => ({
					key: freshKey(getIn(current, path), props.prefix),
					name: '',
					...(hours ? { hours: 0 } : { amount: 0 }),
					from: 'estimate',
				})}
				render={(index) => (
					<div className="cost-line">
						<TextField label={`Tên ${props.noun}`} path={[...path, index, 'name']} />
						{hours ? (
							<NumberField
								label="Số giờ mỗi lần"
								unit="giờ"
								kind="decimal"
								path={[...path, index, 'hours']}
							/>
						) : (
							<NumberField
								label="Số tiền mỗi lần"
								unit="đồng"
								kind="dong"
								path={[...path, index, 'amount']}
							/>
						)}
						<Source path={[...path, index]} />
					</div>
				)}
			/>
		</fieldset>
	);
}

/** Compliance-cost inputs (TT 02/2017 Điều 27): hours, fees, other costs, the volume and the time limit. */
export function CostSection() {
	const { data } = useForm();
	const cost = (getIn(data, ['cost']) ?? {}) as Record<string, unknown>;
	const pair = cost.timesPerYear !== undefined || cost.subjectsPerYear !== undefined;
	return (
		<section aria-labelledby="chi-phi">
			<h2 id="chi-phi">Chi phí tuân thủ</h2>
			<CostLines
				list="activities"
				title="Thời gian thực hiện (T)"
				noun="hoạt động"
				prefix="hoat-dong"
			/>
			<CostLines list="fees" title="Phí, lệ phí (F)" noun="khoản phí" prefix="phi" />
			<CostLines
				list="otherCosts"
				title="Chi phí khác (O): sao chụp, chứng thực, đi lại…"
				noun="chi phí"
				prefix="chi-phi"
			/>
			<fieldset className="group">
				<legend>Số lần thực hiện mỗi năm</legend>
				{pair ? (
					<>
						<NumberField
							label="Số lần mỗi đối tượng một năm (f)"
							kind="decimal"
							path={['cost', 'timesPerYear', 'value']}
						/>
						<Source path={['cost', 'timesPerYear']} />
						<NumberField
							label="Số đối tượng một năm (N)"
							kind="decimal"
							path={['cost', 'subjectsPerYear', 'value']}
						/>
						<Source path={['cost', 'subjectsPerYear']} />
					</>
				) : (
					<>
						<NumberField
							label="Số hồ sơ một năm"
							unit="hồ sơ"
							kind="decimal"
							path={['cost', 'dossiersPerYear', 'value']}
						/>
						<Source path={['cost', 'dossiersPerYear']} />
					</>
				)}
			</fieldset>
			<fieldset className="group">
				<legend>Thời hạn giải quyết hiện nay</legend>
				<NumberField label="Thời hạn" kind="decimal" path={['cost', 'timeLimit', 'value']} />
				<SelectField
					label="Đơn vị"
					path={['cost', 'timeLimit', 'unit']}
					options={units}
					empty="(chưa chọn)"
				/>
				<SelectField
					label="Nguồn số liệu"
					path={['cost', 'timeLimit', 'from']}
					options={origins}
					empty="(chưa chọn)"
				/>
			</fieldset>
		</section>
	);
}
