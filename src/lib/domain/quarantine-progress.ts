/**
 * Day of a quarantine and whether its required length has passed: clear_quarantine() refuses an
 * earlier clearance without a reason, so the page asks for one only then.
 */
export function quarantineProgress(q: { startedAt: string; requiredDays: number }, now = new Date()) {
	const elapsedMs = now.getTime() - new Date(q.startedAt).getTime();
	const days = Math.floor(elapsedMs / 86_400_000);
	return { days, complete: elapsedMs >= q.requiredDays * 86_400_000 };
}
