import {
	changeKindLabels,
	changeKinds,
	optionActionLabels,
	optionActions,
} from '../../../schemas/simplification-option';
import { reasonablenessComponents, reasonablenessLabels } from '../../../schemas/review-form';
import { getIn } from '../../../lib/workbench/data-path';
import { NumberField, SelectField, TextField } from './fields';
import { useForm } from './form-context';
import { EditableList } from './ListControls';

const kinds = changeKinds.map((kind) => [kind, changeKindLabels[kind]] as const);
const components = reasonablenessComponents.map((key) => [key, reasonablenessLabels[key]] as const);
const actions = optionActions.map((action) => [action, optionActionLabels[action]] as const);

type Line = { key: string; name: string };

/** What one change saves per execution, against each cost line. */
function Effects(props: { index: number }) {
	const { data } = useForm();
	const path = ['option', 'changes', props.index, 'effects'];
	const lines = (list: string) => (getIn(data, ['cost', list]) ?? []) as Line[];
	return (
		<fieldset className="group">
			<legend>Phần tiết kiệm mỗi lần thực hiện</legend>
			{lines('activities').map((line) => (
				<NumberField
					key={`h-${line.key}`}
					label={`Giờ bớt: ${line.name}`}
					unit="giờ"
					kind="decimal"
					path={[...path, 'hours', line.key]}
				/>
			))}
			{lines('fees').map((line) => (
				<NumberField
					key={`f-${line.key}`}
					label={`Phí giảm: ${line.name}`}
					unit="đồng"
					kind="dong"
					path={[...path, 'fees', line.key]}
				/>
			))}
			{lines('otherCosts').map((line) => (
				<NumberField
					key={`o-${line.key}`}
					label={`Chi phí bớt: ${line.name}`}
					unit="đồng"
					kind="dong"
					path={[...path, 'otherCosts', line.key]}
				/>
			))}
			{getIn(data, ['cost', 'timeLimit']) !== undefined && (
				<NumberField label="Thời hạn rút ngắn" kind="decimal" path={[...path, 'timeLimit']} />
			)}
		</fieldset>
	);
}

/** The changes a change cannot go without (a lower online fee needs the online channel). */
function Requires(props: { index: number }) {
	const { data, replace, readOnly } = useForm();
	const changes = (getIn(data, ['option', 'changes']) ?? []) as {
		key?: string;
		what?: string;
		requires?: string[];
	}[];
	const own = changes[props.index]?.requires ?? [];
	const others = changes
		.map((change, index) => ({ change, index }))
		.filter(({ index }) => index !== props.index);
	if (others.length === 0) return null;
	const toggle = (other: number) =>
		replace((current) => {
			const list = structuredClone((getIn(current, ['option', 'changes']) ?? []) as typeof changes);
			const key = list[other]!.key ?? `thay-doi-${other + 1}`;
			list[other]!.key = key;
			const requires = new Set(list[props.index]!.requires ?? []);
			if (requires.has(key)) requires.delete(key);
			else requires.add(key);
			list[props.index]!.requires = [...requires];
			if (list[props.index]!.requires!.length === 0) delete list[props.index]!.requires;
			return { ...current, option: { ...(current.option as object), changes: list } };
		});
	return (
		<fieldset className="group">
			<legend>Chỉ thực hiện được cùng thay đổi</legend>
			{others.map(({ change, index }) => (
				<label key={index} className="check">
					<input
						type="checkbox"
						disabled={readOnly}
						checked={change.key !== undefined && own.includes(change.key)}
						onChange={() => toggle(index)}
					/>
					Thay đổi {index + 1}: {change.what ?? ''}
				</label>
			))}
		</fieldset>
	);
}

/** The simplification option and its changes, each with the law to change and what it saves. */
export function OptionSection() {
	const { data } = useForm();
	const documents = (getIn(data, ['general', 'documents']) ?? []) as string[];
	return (
		<section aria-labelledby="phuong-an">
			<h2 id="phuong-an">Phương án đơn giản hóa</h2>
			<SelectField
				label="Phương án đối với thủ tục"
				path={['option', 'action']}
				options={actions}
			/>
			<TextField label="Tóm tắt phương án" path={['option', 'summary']} multiline />
			<datalist id="van-ban">
				{documents.map((document) => (
					<option key={document} value={document} />
				))}
			</datalist>
			<EditableList
				path={['option', 'changes']}
				addLabel="Thêm thay đổi"
				itemLabel={(index) => `thay đổi ${index + 1}`}
				newItem={() => ({
					kind: 'other',
					component: 'documents',
					what: '',
					reason: '',
					legalChange: {},
				})}
				render={(index) => {
					const path = ['option', 'changes', index];
					return (
						<fieldset className="group change">
							<legend>Thay đổi {index + 1}</legend>
							<SelectField label="Loại thay đổi" path={[...path, 'kind']} options={kinds} />
							<SelectField
								label="Bộ phận của thủ tục"
								path={[...path, 'component']}
								options={components}
							/>
							<TextField label="Nội dung thay đổi" path={[...path, 'what']} multiline />
							<TextField label="Lý do" path={[...path, 'reason']} multiline />
							<TextField
								label="Văn bản cần sửa đổi"
								path={[...path, 'legalChange', 'document']}
								list="van-ban"
							/>
							<TextField label="Điều, khoản, điểm" path={[...path, 'legalChange', 'provision']} />
							<TextField
								label="Cơ quan có thẩm quyền quyết định"
								path={[...path, 'legalChange', 'decidedBy']}
							/>
							<TextField
								label="Thời hạn thực hiện (năm hoặc yyyy-mm-dd)"
								path={[...path, 'legalChange', 'due']}
							/>
							<Effects index={index} />
							<Requires index={index} />
						</fieldset>
					);
				}}
			/>
		</section>
	);
}
