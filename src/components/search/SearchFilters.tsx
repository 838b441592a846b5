import { applicantGroupLabels, applicantGroups } from '../../lib/procedure/applicants';
import { dayChoices, levelChoices, onlineChoices, type Filters } from '../../lib/procedure/filters';
import type { FieldSummary } from '../../lib/procedure/sort';

interface Props {
	fields: FieldSummary[];
	filters: Filters;
	/** Whether to offer the level filter (only when the catalogue has commune-level procedures). */
	hasCommune: boolean;
	onChange: (filters: Filters) => void;
}

/** A labelled select; the empty option means “any”. */
function Choice(props: {
	id: string;
	label: string;
	value: string;
	any: string;
	options: [string, string][];
	onChange: (value: string) => void;
}) {
	return (
		<div className="filter">
			<label htmlFor={props.id}>{props.label}</label>
			<select
				id={props.id}
				value={props.value}
				onChange={(event) => props.onChange(event.target.value)}
			>
				<option value="">{props.any}</option>
				{props.options.map(([value, label]) => (
					<option key={value} value={value}>
						{label}
					</option>
				))}
			</select>
		</div>
	);
}

/** The home-page filters: field, where, online, fee, time limit, who may apply. */
export default function SearchFilters({ fields, filters, hasCommune, onChange }: Props) {
	const set = (patch: Partial<Filters>) => onChange({ ...filters, ...patch });
	return (
		<fieldset className="filters">
			<legend>Lọc thủ tục</legend>
			<Choice
				id="loc-linh-vuc"
				label="Lĩnh vực"
				any="Tất cả lĩnh vực"
				value={filters.field ?? ''}
				options={fields.map((field) => [field.slug, `${field.name} (${field.count})`])}
				onChange={(value) => set({ field: value || undefined })}
			/>
			{hasCommune && (
				<Choice
					id="loc-cap"
					label="Nơi giải quyết"
					any="Mọi cấp"
					value={filters.level ?? ''}
					options={Object.entries(levelChoices)}
					onChange={(value) => set({ level: (value || undefined) as Filters['level'] })}
				/>
			)}
			<Choice
				id="loc-truc-tuyen"
				label="Làm trực tuyến"
				any="Không lọc"
				value={filters.online ?? ''}
				options={Object.entries(onlineChoices)}
				onChange={(value) => set({ online: (value || undefined) as Filters['online'] })}
			/>
			<Choice
				id="loc-phi"
				label="Phí, lệ phí"
				any="Không lọc"
				value={filters.fee ?? ''}
				options={[
					['free', 'Miễn phí'],
					['paid', 'Có thu phí'],
				]}
				onChange={(value) => set({ fee: (value || undefined) as Filters['fee'] })}
			/>
			<Choice
				id="loc-thoi-han"
				label="Thời hạn giải quyết"
				any="Không lọc"
				value={filters.maxDays?.toString() ?? ''}
				options={dayChoices.map((days) => [
					String(days),
					days === 1 ? 'Trong 1 ngày' : `Tối đa ${days} ngày`,
				])}
				onChange={(value) => set({ maxDays: value ? Number(value) : undefined })}
			/>
			<Choice
				id="loc-doi-tuong"
				label="Ai làm thủ tục"
				any="Mọi đối tượng"
				value={filters.who ?? ''}
				options={applicantGroups.map((group) => [group, applicantGroupLabels[group]])}
				onChange={(value) => set({ who: (value || undefined) as Filters['who'] })}
			/>
		</fieldset>
	);
}
