import { error } from '@sveltejs/kit';
import { centreToday } from '$lib/domain/centre-time';
import { messages } from '$lib/i18n';
import { requireRole } from '$lib/server/guards';
import { RELEASE_RECORDERS } from '$lib/server/release/board-data';
import { addMonitoringEntry } from '$lib/server/release/monitoring-action';
import { MONITORING_ROLES } from '$lib/server/release/monitoring-data';
import { loadReleaseEvent } from '$lib/server/release/release-event-data';
import { isUuid } from '$lib/server/seizures/species-ref';
import type { Actions, PageServerLoad } from './$types';

/** One release with its animals and their monitoring: one request. */
export const load: PageServerLoad = async ({ locals, params, url }) => {
	const staff = await requireRole(locals, ...MONITORING_ROLES);
	const event = isUuid(params.eventId) ? await loadReleaseEvent(locals.supabase, params.eventId) : null;
	if (!event) error(404, messages(locals.locale).errors.notFound);
	return {
		event,
		today: centreToday(),
		// One key for every monitoring form on the page: the page is loaded again after each entry.
		monitoringKey: crypto.randomUUID(),
		justRecorded: url.searchParams.has('recorded'),
		mayRecord: (RELEASE_RECORDERS as readonly string[]).includes(staff.role)
	};
};

export const actions: Actions = {
	addEntry: addMonitoringEntry
};
