import type { ReactNode } from 'react';

/** The frame of every workbench page: the site’s look, and a banner saying it is local. */
export function Layout(props: { title: string; children: ReactNode; script?: boolean }) {
	return (
		<html lang="vi">
			<head>
				<meta charSet="utf-8" />
				<meta name="viewport" content="width=device-width, initial-scale=1" />
				<meta name="robots" content="noindex" />
				<title>{`${props.title} – Bàn làm việc rà soát`}</title>
				<link rel="stylesheet" href="/_workbench/app.css" />
				{props.script && <script type="module" src="/_workbench/app.js" />}
			</head>
			<body>
				<header className="site-header">
					<div className="inner">
						<a href="/ra-soat/">Bàn làm việc rà soát thủ tục hành chính</a>
						<span className="workbench-badge">Chỉ chạy trên máy này (127.0.0.1)</span>
					</div>
				</header>
				<main id="main">{props.children}</main>
			</body>
		</html>
	);
}
