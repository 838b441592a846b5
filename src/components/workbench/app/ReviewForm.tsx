import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { formatPath, type Problem } from '../../../lib/validation/friendly-errors';
import { setIn, type DataPath } from '../../../lib/workbench/data-path';
import { liveReview } from '../../../lib/workbench/live-review';
import type { ReviewPayload } from '../../../lib/workbench/review-payload';
import type { FieldProblem } from '../../../lib/workbench/save-review';
import type { StatusChange } from '../../../schemas/review-history';
import { isLocked, reviewStatuses, type ReviewStatus } from '../../../schemas/review-status';
import {
	ContactSection,
	GeneralSection,
	LegalitySection,
	NecessitySection,
	ReasonablenessSection,
} from './AnswerSections';
import { CostSection } from './CostSection';
import { FormContext, type FormState } from './form-context';
import { OptionSection } from './OptionSection';
import { ScorePanel } from './ScorePanel';
import { StatusSection } from './StatusSection';

type Data = Record<string, unknown>;

/** Sends the record to the workbench, which checks it again and writes it. */
async function put(payload: ReviewPayload, data: Data, revision: string) {
	const response = await fetch(`/api/reviews/${payload.year}/${encodeURIComponent(payload.id)}`, {
		method: 'PUT',
		headers: { 'Content-Type': 'application/json' },
		body: JSON.stringify({ data, revision }),
	});
	return {
		ok: response.ok,
		body: (await response.json()) as {
			message?: string;
			revision?: string;
			changed?: boolean;
			problems?: FieldProblem[];
		},
	};
}

function time(): string {
	return new Date().toLocaleTimeString('vi-VN', { hour: '2-digit', minute: '2-digit' });
}

/** Form 02/RS-KSTT of one review, with live scores and checks, saved by the workbench. */
export function ReviewForm({ payload }: { payload: ReviewPayload }) {
	const [data, setData] = useState<Data>(payload.data);
	const [saved, setSaved] = useState(() => JSON.stringify(payload.data));
	const [revision, setRevision] = useState(payload.revision);
	const [message, setMessage] = useState('');
	const [serverProblems, setServerProblems] = useState<FieldProblem[]>([]);
	const [saving, setSaving] = useState(false);
	const context = useMemo(
		() => ({
			file: payload.file,
			id: payload.id,
			procedure: payload.procedure,
			config: payload.config,
		}),
		[payload]
	);
	const live = useMemo(() => liveReview(data, context), [data, context]);
	const problems: Problem[] = useMemo(
		() => [
			...live.problems,
			...serverProblems.map((problem) => ({ ...problem, file: payload.file })),
		],
		[live, serverProblems, payload.file]
	);
	const dirty = JSON.stringify(data) !== saved;
	const status = (reviewStatuses as readonly unknown[]).includes(data.status)
		? (data.status as ReviewStatus)
		: 'draft';
	const savedStatus = (JSON.parse(saved) as Data).status as ReviewStatus;
	const readOnly = isLocked(savedStatus) && isLocked(status);
	useEffect(() => {
		const warn = (event: BeforeUnloadEvent) => {
			if (dirty) event.preventDefault();
		};
		window.addEventListener('beforeunload', warn);
		return () => window.removeEventListener('beforeunload', warn);
	}, [dirty]);
	const state: FormState = {
		data,
		readOnly,
		update: (path: DataPath, value: unknown) => {
			setServerProblems([]);
			setData((current) => setIn(current, path, value));
		},
		replace: (change) => {
			setServerProblems([]);
			setData((current) => change(current));
		},
		problemsAt: (path) => problems.filter((problem) => problem.path === formatPath(path)),
	};
	const store = async (next: Data) => {
		setSaving(true);
		try {
			const result = await put(payload, next, revision);
			if (result.ok) {
				setRevision(result.body.revision!);
				setSaved(JSON.stringify(next));
				setServerProblems([]);
				setMessage(
					result.body.changed ? `Đã lưu lúc ${time()}.` : 'Không có thay đổi: tệp giữ nguyên.'
				);
			} else {
				setServerProblems(result.body.problems ?? []);
				setMessage(result.body.message ?? 'Chưa lưu được.');
			}
			return result.ok;
		} catch {
			setMessage(
				'Không gửi được tới bàn làm việc: kiểm tra cửa sổ lệnh npm run workbench còn chạy.'
			);
			return false;
		} finally {
			setSaving(false);
		}
	};
	const submit = (event: FormEvent) => {
		event.preventDefault();
		void store(data);
	};
	const reopen = async (entry: StatusChange) => {
		const next = {
			...data,
			status: entry.status,
			history: [...((data.history as StatusChange[]) ?? []), entry],
		};
		if (await store(next)) setData(next);
	};
	const errors = problems.filter((problem) => problem.severity === 'error');
	return (
		<FormContext.Provider value={state}>
			<h1>
				{String((data.general as Data | undefined)?.name ?? payload.procedure?.name ?? payload.id)}
			</h1>
			<p>
				Biểu mẫu 02/RS-KSTT · mã {payload.id} · năm {payload.year} · tệp <code>{payload.file}</code>
				{data.sample === true && <strong className="sample"> · Dữ liệu mẫu</strong>}
			</p>
			<div className="workbench-layout">
				<form onSubmit={submit} noValidate aria-label="Biểu mẫu rà soát">
					<fieldset className="sections" disabled={readOnly}>
						<GeneralSection />
						<NecessitySection />
						<ReasonablenessSection />
						<LegalitySection />
						<ContactSection />
						<CostSection />
						<OptionSection />
					</fieldset>
					<StatusSection today={payload.today} onReopen={(entry) => void reopen(entry)} />
					<div className="save-bar">
						<button type="submit" disabled={saving || readOnly}>
							{saving ? 'Đang lưu…' : 'Lưu phiếu'}
						</button>
						<span role="status" className="save-message">
							{message}
							{dirty && !saving && ' Có thay đổi chưa lưu.'}
						</span>
						{errors.length > 0 && (
							<details className="problem-list">
								<summary>{errors.length} lỗi cần sửa trước khi lưu</summary>
								<ul>
									{errors.map((problem, index) => (
										<li key={index}>
											<code>{problem.path || '(cả phiếu)'}</code>: {problem.message}
										</li>
									))}
								</ul>
							</details>
						)}
					</div>
				</form>
				<ScorePanel live={live} />
			</div>
		</FormContext.Provider>
	);
}
