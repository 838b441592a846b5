import type { Procedure } from '../../schemas/procedure';
import { documentCount } from './documents';
import { feeLines } from './fee-lines';
import { feeStatus } from './fees';
import { formatTimeLimit, timeLimitDays } from './time-limit';

/** One step of the short “Cách làm”, from the citizen’s side. */
export interface PlainStep {
	title: string;
	text: string;
}

/** What the derived steps need besides the record: where the desk is and the portal’s name. */
export interface PlainStepContext {
	/** Name of the desk for in-person filing, e.g. “Trung tâm Phục vụ hành chính công cấp tỉnh”. */
	desk: string;
	/** Name of the portal the start button goes to, or `null` when there is none. */
	portal: string | null;
}

/**
 * The short “Cách làm” above the official steps: prepare, submit, pay, after submitting, receive.
 * Hand-written steps in the record win. Otherwise each step says only what the record says: the
 * channels it lists, its fees and time limit, its documents and results; the agencies’ own work
 * is one step, “Sau khi nộp”. Fewer than three steps say too little: then none are shown.
 */
export function plainSteps(
	data: Pick<
		Procedure,
		'plainSteps' | 'channels' | 'documents' | 'forms' | 'results' | 'flags' | 'status'
	>,
	context: PlainStepContext
): PlainStep[] {
	if (data.plainSteps && data.plainSteps.length > 0) return data.plainSteps;
	if (data.status.state !== 'active') return [];
	const steps = [
		prepareStep(data),
		submitStep(data, context),
		payStep(data),
		afterStep(data),
		receiveStep(data),
	].filter((step): step is PlainStep => step !== null);
	return steps.length >= 3 ? steps : [];
}

function prepareStep(data: Pick<Procedure, 'documents' | 'forms'>): PlainStep | null {
	const count = documentCount(data.documents);
	if (count === 0) return null;
	const cases = data.documents.filter((group) => group.case).length > 1 ? ', tùy trường hợp' : '';
	const forms =
		data.forms.length > 0
			? `, trong đó có ${data.forms.length} mẫu đơn, tờ khai cần điền (xem mục “Mẫu đơn, tờ khai”)`
			: '';
	return {
		title: 'Chuẩn bị giấy tờ',
		text: `Chuẩn bị các giấy tờ trong danh sách “Giấy tờ cần chuẩn bị”${cases}${forms}.`,
	};
}

function submitStep(data: Pick<Procedure, 'channels'>, context: PlainStepContext): PlainStep {
	const kinds = new Set(data.channels.map((channel) => channel.kind));
	const ways = [
		kinds.has('online') && (context.portal ? `trực tuyến trên ${context.portal}` : 'trực tuyến'),
		(kinds.has('in-person') || kinds.has('unspecified')) && `trực tiếp tại ${context.desk}`,
		kinds.has('postal') && 'qua dịch vụ bưu chính',
	].filter((way): way is string => Boolean(way));
	return {
		title: 'Nộp hồ sơ',
		text:
			ways.length > 0
				? `Nộp hồ sơ ${formatList(ways, 'hoặc')}.`
				: 'Nguồn chưa ghi cách nộp hồ sơ; hãy hỏi nơi tiếp nhận trước khi đi.',
	};
}

function payStep(data: Pick<Procedure, 'channels' | 'flags'>): PlainStep | null {
	const status = feeStatus(data.channels, data.flags);
	if (status === 'unknown') return null;
	if (status === 'free') return { title: 'Phí, lệ phí', text: 'Không phải nộp phí, lệ phí.' };
	const lines = data.channels.map((channel) =>
		feeLines(channel)
			.map((line) => (line.label ? `${line.label.toLowerCase()} ${line.text}` : line.text))
			.join(', ')
	);
	// A temporary reduced rate changes what is paid on a given day: the fact box says which applies.
	const reduced = data.channels.some((channel) => channel.fees.some((fee) => fee.temporaryRate));
	const same = new Set(lines).size === 1 && !reduced;
	return {
		title: 'Nộp phí, lệ phí',
		text: same
			? `Nộp ${lines[0]} theo hướng dẫn của nơi tiếp nhận.`
			: 'Nộp phí, lệ phí theo mức ghi ở mục “Thời hạn, phí và nơi nộp”, tùy cách nộp và thời điểm nộp.',
	};
}

function afterStep(data: Pick<Procedure, 'channels'>): PlainStep {
	const limits = data.channels
		.map((channel) => channel.timeLimit)
		.filter((limit) => timeLimitDays(limit) !== null);
	const texts = new Set(limits.map(formatTimeLimit));
	const within =
		texts.size === 1
			? ` trong ${[...texts][0]}`
			: texts.size > 1
				? ' trong thời hạn ghi ở mục “Thời hạn, phí và nơi nộp”'
				: '';
	return {
		title: 'Sau khi nộp',
		text: `Cơ quan có thẩm quyền xem xét và giải quyết hồ sơ${within}. Việc từng cơ quan làm được ghi ở mục “Các bước thực hiện”.`,
	};
}

function receiveStep(data: Pick<Procedure, 'results'>): PlainStep | null {
	if (data.results.length === 0) return null;
	return {
		title: 'Nhận kết quả',
		text: `Nhận ${formatList(
			data.results.map((result) => result.name.replace(/[.;]+$/, '')),
			'và'
		)}.`,
	};
}

/** Joins items the Vietnamese way: “a, b hoặc c”. */
export function formatList(items: readonly string[], conjunction: 'và' | 'hoặc'): string {
	if (items.length <= 1) return items[0] ?? '';
	return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}
