/** Today as an ISO date in Viet Nam (UTC+7), for comparing with the `yyyy-mm-dd` dates of the content. */
export function todayInVietnam(now: Date = new Date()): string {
	return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}
