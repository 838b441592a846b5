import { useEffect, useState } from 'react';

/**
 * The value once it has stopped changing for `wait` ms. The result count sits in a live region:
 * announcing it on every key press would talk over the user typing.
 */
export function useDebounced<T>(value: T, wait: number): T {
	const [settled, setSettled] = useState(value);
	useEffect(() => {
		const timer = setTimeout(() => setSettled(value), wait);
		return () => clearTimeout(timer);
	}, [value, wait]);
	return settled;
}
