/** How many of a round's feedings have a log: the progress line at the top of the round. */
export function roundProgress(round: { enclosures: { plans: { slots: { outcome: string | null }[] }[] }[] }): { logged: number; total: number } {
	const slots = round.enclosures.flatMap((e) => e.plans.flatMap((p) => p.slots));
	return { logged: slots.filter((s) => s.outcome !== null).length, total: slots.length };
}
