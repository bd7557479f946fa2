import { requireRole } from '$lib/server/guards';
import { grantedCases, myRequests } from '$lib/server/evidence/prosecutor-desk';
import { requestSheet, withdrawRequest } from '$lib/server/evidence/request-actions';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const prosecutor = await requireRole(locals, 'prosecutor');
	const [cases, requests] = await Promise.all([grantedCases(locals.supabase, prosecutor.userId), myRequests(locals.supabase, prosecutor.userId, url)]);
	return { cases, requests };
};

export const actions: Actions = {
	request: requestSheet,
	withdraw: withdrawRequest
};
