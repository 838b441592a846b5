import {
	legalityLabels,
	legalityQuestions,
	reasonablenessComponents,
	reasonablenessLabels,
	type ReasonablenessComponent,
} from '../../../schemas/review-form';
import { getIn } from '../../../lib/workbench/data-path';
import { AnswerField, SelectField, TextField, YesNoField } from './fields';
import { useForm } from './form-context';
import { EditableList } from './ListControls';

/** Section I (GEN.1–4): copied from the procedure when the review started; editable. */
export function GeneralSection() {
	const { data, update, readOnly } = useForm();
	const documents = getIn(data, ['general', 'documents']);
	return (
		<section aria-labelledby="muc-1">
			<h2 id="muc-1">I. Thông tin chung</h2>
			<TextField label="Tên thủ tục hành chính (GEN.1)" path={['general', 'name']} />
			<TextField label="Mã số hồ sơ trên CSDLQG về TTHC (GEN.1)" path={['general', 'code']} />
			<TextField label="Lĩnh vực (GEN.2)" path={['general', 'field']} />
			<div className="field">
				<label htmlFor="gen-3">Văn bản quy định thủ tục (GEN.3), mỗi dòng một văn bản</label>
				<textarea
					id="gen-3"
					rows={4}
					readOnly={readOnly}
					value={Array.isArray(documents) ? documents.join('\n') : ''}
					onChange={(event) =>
						update(
							['general', 'documents'],
							event.target.value
								.split('\n')
								.map((line) => line.trim())
								.filter(Boolean)
						)
					}
				/>
			</div>
			<TextField label="Cơ quan, đơn vị thực hiện rà soát (GEN.4)" path={['reviewer', 'unit']} />
		</section>
	);
}

const objectiveKinds = [
	['state-management', 'a. Quản lý nhà nước'],
	['rights', 'b. Quyền, nghĩa vụ, lợi ích hợp pháp'],
] as const;

/** Section II: objectives (NEC.1–2) and another measure (NEC.3). */
export function NecessitySection() {
	const { data } = useForm();
	const exists = getIn(data, ['necessity', 'alternative', 'exists']);
	return (
		<section aria-labelledby="muc-2">
			<h2 id="muc-2">II. Sự cần thiết</h2>
			<EditableList
				path={['necessity', 'objectives']}
				addLabel="Thêm mục tiêu"
				itemLabel={(index) => `mục tiêu ${index + 1}`}
				newItem={() => ({ kind: 'rights', text: '', changed: false, stillMet: true })}
				render={(index) => {
					const path = ['necessity', 'objectives', index];
					return (
						<fieldset className="group">
							<legend>Mục tiêu {index + 1} (NEC.1)</legend>
							<SelectField
								label="Loại mục tiêu"
								path={[...path, 'kind']}
								options={objectiveKinds}
							/>
							<TextField label="Mục tiêu" path={[...path, 'text']} multiline />
							<YesNoField
								label="Mục tiêu có thay đổi trong quá trình thực hiện? (NEC.2a)"
								path={[...path, 'changed']}
							/>
							<YesNoField
								label="Thủ tục còn đạt được mục tiêu? (NEC.2b)"
								path={[...path, 'stillMet']}
							/>
							<TextField label="Lý do" path={[...path, 'reason']} multiline />
						</fieldset>
					);
				}}
			/>
			<fieldset className="group">
				<legend>Biện pháp khác thay thế thủ tục (NEC.3)</legend>
				<YesNoField
					label="Có biện pháp khác đạt được mục tiêu?"
					path={['necessity', 'alternative', 'exists']}
				/>
				{exists === true && (
					<>
						<TextField label="Biện pháp" path={['necessity', 'alternative', 'measure']} multiline />
						<TextField
							label="Ưu điểm"
							path={['necessity', 'alternative', 'advantages']}
							multiline
						/>
					</>
				)}
			</fieldset>
		</section>
	);
}

/** The kind of change a “Không” on a row of this component proposes by default. */
const rowChangeKinds: Partial<Record<ReasonablenessComponent, string>> = {
	documents: 'drop-document',
	steps: 'drop-step',
};

/** Turns a “Không” with its proposal into a change of the option, for the officer to cost. */
function ProposeChange(props: { component: ReasonablenessComponent; path: (string | number)[] }) {
	const { data, replace, readOnly } = useForm();
	const row = getIn(data, props.path) as
		| { ok?: unknown; reason?: string; proposal?: string }
		| undefined;
	if (readOnly || row?.ok !== false || !row.proposal) return null;
	const changes = getIn(data, ['option', 'changes']);
	const already = Array.isArray(changes) && changes.some((change) => change?.what === row.proposal);
	if (already) return <p className="hint">Đã có trong phương án.</p>;
	return (
		<button
			type="button"
			className="secondary"
			onClick={() =>
				replace((current) => {
					const option = (current.option ?? {}) as Record<string, unknown>;
					const list = Array.isArray(option.changes) ? option.changes : [];
					return {
						...current,
						option: {
							...option,
							action: option.action === 'keep' || !option.action ? 'simplify' : option.action,
							changes: [
								...list,
								{
									kind: rowChangeKinds[props.component] ?? 'other',
									component: props.component,
									what: row.proposal,
									reason: row.reason ?? '',
									legalChange: {},
								},
							],
						},
					};
				})
			}
		>
			Đưa đề xuất vào phương án
		</button>
	);
}

/** Section III: each component, with a row per paper, step and condition. */
export function ReasonablenessSection() {
	const { data } = useForm();
	return (
		<section aria-labelledby="muc-3">
			<h2 id="muc-3">III. Tính hợp lý</h2>
			{reasonablenessComponents.map((key) => {
				const items = getIn(data, ['reasonableness', key, 'items']);
				return (
					<AnswerField key={key} label={reasonablenessLabels[key]} path={['reasonableness', key]}>
						<ProposeChange component={key} path={['reasonableness', key]} />
						{Array.isArray(items) && items.length > 0 && (
							<div className="rows">
								{items.map((row, index) => {
									const path = ['reasonableness', key, 'items', index];
									return (
										<AnswerField
											key={index}
											compact
											label={String((row as { item?: string })?.item ?? `Dòng ${index + 1}`)}
											path={path}
										>
											<ProposeChange component={key} path={path} />
										</AnswerField>
									);
								})}
							</div>
						)}
					</AnswerField>
				);
			})}
		</section>
	);
}

/** Section IV: legality. */
export function LegalitySection() {
	return (
		<section aria-labelledby="muc-4">
			<h2 id="muc-4">IV. Tính hợp pháp</h2>
			{legalityQuestions.map((key) => (
				<AnswerField key={key} label={legalityLabels[key]} path={['legality', key]} />
			))}
		</section>
	);
}

/** Section V: who to contact about the review. */
export function ContactSection() {
	return (
		<section aria-labelledby="muc-5">
			<h2 id="muc-5">V. Thông tin liên hệ</h2>
			<TextField label="Họ và tên người điền" path={['reviewer', 'person']} />
			<TextField label="Điện thoại" path={['reviewer', 'phone']} />
			<TextField label="Thư điện tử" path={['reviewer', 'email']} />
		</section>
	);
}
