interface Props {
	/** How many results are not shown yet. */
	remaining: number;
	/** How many one press adds. */
	page: number;
	/** What the results are, e.g. “thủ tục”, “kết quả”. */
	noun: string;
	onMore: () => void;
}

/** “Xem thêm N …”: shows the next page of results, when there are more. */
export default function MoreButton({ remaining, page, noun, onMore }: Props) {
	if (remaining <= 0) return null;
	return (
		<p>
			<button type="button" className="more" onClick={onMore}>
				Xem thêm {Math.min(remaining, page)} {noun}
			</button>
		</p>
	);
}
