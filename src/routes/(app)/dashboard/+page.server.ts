import { loadCareDashboard } from '$lib/server/dashboard/care-dashboard';
import { requireRole } from '$lib/server/guards';
import { CARE_ROLES } from '$lib/server/seizures/care-roles';
import type { PageServerLoad } from './$types';

/** The care staff's figures; care_dashboard() refuses prosecutors too, this answers them 403 first. */
export const load: PageServerLoad = async ({ locals }) => {
	await requireRole(locals, ...CARE_ROLES);
	return { dashboard: await loadCareDashboard(locals.supabase) };
};
