import { createRoot } from 'react-dom/client';
import type { ReviewPayload } from '../../../lib/workbench/review-payload';
import { ReviewForm } from './ReviewForm';

/** Loads the record named by the page and hands it to the form. */
async function start(element: HTMLElement) {
	const { year, id } = element.dataset;
	const response = await fetch(`/api/reviews/${year}/${encodeURIComponent(id ?? '')}`);
	const body = (await response.json()) as ReviewPayload | { message: string };
	if (!response.ok || !('data' in body)) {
		element.querySelector('p')!.textContent =
			'message' in body ? body.message : 'Không tải được phiếu.';
		return;
	}
	createRoot(element).render(<ReviewForm payload={body} />);
	element.dataset.ready = 'true';
}

const element = document.getElementById('workbench');
if (element) void start(element);
