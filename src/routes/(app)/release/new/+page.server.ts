import { requireRole } from '$lib/server/guards';
import { RELEASE_RECORDERS } from '$lib/server/release/board-data';
import { recordRelease } from '$lib/server/release/release-event-action';
import { loadReleaseForm } from '$lib/server/release/release-event-choices';
import type { Actions, PageServerLoad } from './$types';

/** The release form: the fully approved assessments it can carry out (one call: release_board). */
export const load: PageServerLoad = async ({ locals, url }) => {
	await requireRole(locals, ...RELEASE_RECORDERS);
	return loadReleaseForm(locals.supabase, url);
};

export const actions: Actions = {
	record: recordRelease
};
