import { loadFeedingWatch, reviewAlert } from '$lib/server/feeding/feeding-watch';
import { requireRole } from '$lib/server/guards';
import type { Actions, PageServerLoad } from './$types';

/** How far back the vets' feeding lists look. */
const WATCH_DAYS = 3;

/** The vets' desk: keepers' alerts, refusals and missed feedings, from one call to feeding_watch(). */
export const load: PageServerLoad = async ({ locals }) => {
	await requireRole(locals, 'vet');
	return { watch: await loadFeedingWatch(locals.supabase, WATCH_DAYS) };
};

export const actions: Actions = {
	reviewAlert
};
