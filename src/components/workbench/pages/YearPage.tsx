import { formatDate, formatDong, formatPercent } from '../../../lib/format/vi';
import type { PlanProgress } from '../../../lib/review/progress/plan-progress';
import { formatProgress } from '../../../lib/review/progress/progress-text';
import type { YearScores } from '../../../lib/review/score/score-year';
import type { Problem } from '../../../lib/validation/friendly-errors';
import { formatProblem } from '../../../lib/validation/friendly-errors';
import { reviewStatusLabels } from '../../../schemas/review-status';
import { Layout } from './Layout';

/** What the year page of the workbench shows. */
export interface YearPageProps {
	year: number;
	years: number[];
	progress?: PlanProgress;
	scores?: YearScores;
	errors: Problem[];
}

function StartOrOpen(props: { year: number; id: string; started: boolean }) {
	const base = `/ra-soat/${props.year}/${props.id}`;
	return props.started ? (
		<a href={`${base}/phieu/`}>Mở phiếu</a>
	) : (
		<form method="post" action={`${base}/bat-dau/`}>
			<button type="submit" className="secondary">
				Bắt đầu rà soát
			</button>
		</form>
	);
}

/** The plan of a year and where each review stands, with a link to each form. */
export function YearPage({ year, years, progress, scores, errors }: YearPageProps) {
	const saving = new Map(scores?.records.map((record) => [record.id, record.cost]) ?? []);
	return (
		<Layout title={`Rà soát năm ${year}`}>
			<nav aria-label="Các năm">
				{years.map((other) => (
					<a
						key={other}
						href={`/ra-soat/${other}/`}
						aria-current={other === year ? 'page' : undefined}
					>
						Năm {other}{' '}
					</a>
				))}
			</nav>
			<h1>Rà soát, đánh giá thủ tục hành chính năm {year}</h1>
			{errors.length > 0 && (
				<div className="notice-verify" role="alert">
					<p>Các tệp sau có lỗi, chưa được tính (sửa rồi tải lại trang):</p>
					<ul>
						{errors.map((problem, index) => (
							<li key={index}>{formatProblem(problem)}</li>
						))}
					</ul>
				</div>
			)}
			{progress ? (
				<>
					<p className="progress-line" data-progress={`${progress.started}/${progress.planned}`}>
						Đã rà soát <strong>{formatProgress(progress.started, progress.planned)}</strong> thủ tục
						trong Kế hoạch; đã trình {progress.submitted}; quá hạn {progress.overdue.length} (tính
						đến {formatDate(progress.asOf)}).
						{progress.outside.length > 0 &&
							` Ngoài Kế hoạch: ${progress.outside.length} bản rà soát.`}
					</p>
					{scores && scores.records.length > 0 && (
						<p>
							Chi phí tuân thủ của {scores.records.length} bản rà soát:{' '}
							{formatDong(scores.totals.before)}
							/năm → {formatDong(scores.totals.after)}/năm, tiết kiệm{' '}
							<strong data-total-saving={scores.totals.saving}>
								{formatDong(scores.totals.saving)}
							</strong>{' '}
							({formatPercent(scores.totals.savingRate)}).
						</p>
					)}
					<table>
						<caption>Thủ tục trong Kế hoạch năm {year}</caption>
						<thead>
							<tr>
								<th scope="col">Thủ tục</th>
								<th scope="col">Đơn vị chủ trì</th>
								<th scope="col">Trạng thái</th>
								<th scope="col" className="num">
									Tiết kiệm một năm
								</th>
								<th scope="col">Phiếu</th>
							</tr>
						</thead>
						<tbody>
							{progress.items.map((item) => (
								<tr key={item.id} data-id={item.id}>
									<th scope="row">
										{item.name} <span className="muted">({item.id})</span>
									</th>
									<td>{item.unit}</td>
									<td>
										{item.status ? reviewStatusLabels[item.status] : 'Chưa bắt đầu'}
										{item.overdue && (
											<span className="overdue">
												{' '}
												(quá hạn {formatDate(item.overdue.due)}: cần{' '}
												{reviewStatusLabels[item.overdue.required].toLocaleLowerCase('vi')})
											</span>
										)}
									</td>
									<td className="num">
										{saving.has(item.id) ? formatDong(saving.get(item.id)!.saving) : ''}
									</td>
									<td>
										<StartOrOpen year={year} id={item.id} started={item.status !== null} />
									</td>
								</tr>
							))}
						</tbody>
					</table>
					{progress.outside.length > 0 && (
						<table>
							<caption>Bản rà soát ngoài Kế hoạch (tính riêng)</caption>
							<tbody>
								{progress.outside.map((item) => (
									<tr key={item.id}>
										<th scope="row">
											{item.name} <span className="muted">({item.id})</span>
										</th>
										<td>{reviewStatusLabels[item.status]}</td>
										<td>
											<StartOrOpen year={year} id={item.id} started />
										</td>
									</tr>
								))}
							</tbody>
						</table>
					)}
				</>
			) : (
				<p>Chưa có cấu hình rà soát (content/review/config.md) để lập Kế hoạch năm {year}.</p>
			)}
		</Layout>
	);
}
