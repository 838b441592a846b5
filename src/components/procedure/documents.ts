import { readChecklist, writeChecklist } from '../../lib/procedure/checklist-state';

/**
 * Progressive enhancement of the document checklists (`[data-checklist]`): the case chooser, ticks
 * kept in localStorage across reloads, and “In danh sách giấy tờ”, which prints the list alone.
 * An external module, so it runs under a strict Content Security Policy; without it the page
 * shows every case and every box.
 */
export function enhanceChecklists(root: Document): void {
	root.querySelectorAll<HTMLElement>('[data-checklist]').forEach((box) => enhance(root, box));
}

/** localStorage, or `null` where the browser refuses it (private mode, storage turned off). */
function storage(): Storage | null {
	try {
		const store = window.localStorage;
		store.getItem('');
		return store;
	} catch {
		return null;
	}
}

function enhance(root: Document, box: HTMLElement): void {
	const key = box.dataset.checklist ?? '';
	const store = storage();
	const state = readChecklist(store?.getItem(key) ?? null);
	const boxes = [...box.querySelectorAll<HTMLInputElement>('.checklist input[type="checkbox"]')];
	const radios = [...box.querySelectorAll<HTMLInputElement>('[data-case-chooser] input')];
	const save = () => {
		state.ticked = boxes.filter((input) => input.checked).map((input) => input.value);
		store?.setItem(key, writeChecklist(state));
	};
	const showCase = (chosen: string) => {
		box.querySelectorAll<HTMLElement>('[data-case]').forEach((group) => {
			group.hidden = chosen !== '' && group.dataset.case !== chosen;
		});
	};

	for (const input of boxes) input.checked = state.ticked.includes(input.value);
	box.addEventListener('change', (event) => {
		const input = event.target as HTMLInputElement;
		if (input.type === 'radio') {
			state.chosenCase = input.value;
			showCase(input.value);
		}
		save();
	});
	if (radios.length > 0) {
		const chosen = radios.find((radio) => radio.value === state.chosenCase) ?? radios[0];
		if (chosen) chosen.checked = true;
		showCase(chosen?.value ?? '');
		reveal(box, '[data-case-chooser]');
	}
	if (store) reveal(box, '[data-saved-hint]');

	reveal(box, '[data-print-list]');
	box.querySelector('[data-print-list] button')?.addEventListener('click', () => {
		root.documentElement.dataset.print = 'giay-to';
		window.print();
	});
	window.addEventListener('afterprint', () => delete root.documentElement.dataset.print);
}

function reveal(box: HTMLElement, selector: string): void {
	const element = box.querySelector<HTMLElement>(selector);
	if (element) element.hidden = false;
}
