import { error } from '@sveltejs/kit';
import { messages } from '$lib/i18n';
import { loadDailyRound, ROUND_READERS } from '$lib/server/feeding/daily-round';
import { rememberSection } from '$lib/server/feeding/keeper-sections';
import { FEEDING_LOGGERS, logFeeding } from '$lib/server/feeding/log-feeding-action';
import { pageNumberSchema } from '$lib/schemas/page-number';
import { requireRole } from '$lib/server/guards';
import { isUuid } from '$lib/server/seizures/species-ref';
import type { Actions, PageServerLoad } from './$types';

/** A page of a section's feeding round today: one database call (daily_round), nothing the page does not show. */
export const load: PageServerLoad = async ({ locals, params, cookies, url }) => {
	const staff = await requireRole(locals, ...ROUND_READERS);
	const page = pageNumberSchema.parse(url.searchParams.get('page'));
	const round = isUuid(params.areaId) ? await loadDailyRound(locals.supabase, params.areaId, page) : null;
	if (!round) error(404, messages(locals.locale).errors.notFound);
	rememberSection(cookies, url, params.areaId);
	return { round, mayLog: (FEEDING_LOGGERS as readonly string[]).includes(staff.role) };
};

export const actions: Actions = {
	logFeeding
};
