import { centreToday } from '$lib/domain/centre-time';
import { pageNumberSchema } from '$lib/schemas/page-number';
import { requireRole } from '$lib/server/guards';
import { RELEASE_RECORDERS } from '$lib/server/release/board-data';
import { addMonitoringEntry } from '$lib/server/release/monitoring-action';
import { loadReleasesPage, MONITORING_ROLES } from '$lib/server/release/monitoring-data';
import type { Actions, PageServerLoad } from './$types';

/** Releases, newest first, with their animals and monitoring: one request per page. */
export const load: PageServerLoad = async ({ locals, url }) => {
	const staff = await requireRole(locals, ...MONITORING_ROLES);
	return {
		releases: await loadReleasesPage(locals.supabase, pageNumberSchema.parse(url.searchParams.get('page'))),
		today: centreToday(),
		// One key for every monitoring form on the page: the page is loaded again after each entry.
		monitoringKey: crypto.randomUUID(),
		mayRecord: (RELEASE_RECORDERS as readonly string[]).includes(staff.role)
	};
};

export const actions: Actions = {
	addEntry: addMonitoringEntry
};
