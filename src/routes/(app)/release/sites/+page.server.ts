import { requireRole } from '$lib/server/guards';
import { BOARD_READERS, RELEASE_RECORDERS } from '$lib/server/release/board-data';
import { loadReleaseSites } from '$lib/server/release/sites-summary';
import type { PageServerLoad } from './$types';

/** The release sites summary, without a map: one database call (release_sites_summary). */
export const load: PageServerLoad = async ({ locals }) => {
	const staff = await requireRole(locals, ...BOARD_READERS);
	return { sites: await loadReleaseSites(locals.supabase), mayRecord: (RELEASE_RECORDERS as readonly string[]).includes(staff.role) };
};
