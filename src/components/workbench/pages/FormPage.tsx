import { Layout } from './Layout';

/** The page of one form: the island takes over the element and loads the record itself. */
export function FormPage(props: { year: number; id: string; name: string }) {
	return (
		<Layout title={`Phiếu rà soát ${props.id} (${props.year})`} script>
			<p>
				<a href={`/ra-soat/${props.year}/`}>← Rà soát năm {props.year}</a>
			</p>
			<div id="workbench" data-year={props.year} data-id={props.id}>
				<h1>{props.name}</h1>
				<p>Đang tải Biểu mẫu 02/RS-KSTT…</p>
			</div>
		</Layout>
	);
}
