import { requireRole } from '$lib/server/guards';
import { activeProsecutors, centreGrants } from '$lib/server/evidence/case-grants';
import { changeGrant, grantCase, revokeGrant } from '$lib/server/evidence/grant-actions';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const admin = await requireRole(locals, 'admin');
	const grants = await centreGrants(locals.supabase, admin.centreId, url);
	const prosecutors = await activeProsecutors(locals.supabase, admin.centreId);
	return { grants, prosecutors };
};

export const actions: Actions = {
	grant: grantCase,
	changeGrant,
	revokeGrant
};
