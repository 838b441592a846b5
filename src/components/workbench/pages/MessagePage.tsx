import { Layout } from './Layout';

/** A page that only says something: not found, refused, failed. */
export function MessagePage(props: { title: string; message: string }) {
	return (
		<Layout title={props.title}>
			<h1>{props.title}</h1>
			<p>{props.message}</p>
			<p>
				<a href="/ra-soat/">Về bàn làm việc</a>
			</p>
		</Layout>
	);
}
