import { apiCaller } from '$lib/server/api/caller';
import { apiError, apiHandler, apiJson } from '$lib/server/api/respond';
import { loadCaseDetail } from '$lib/server/seizures/case-detail';
import { isUuid } from '$lib/server/seizures/species-ref';
import type { RequestHandler } from './$types';

/** A case with its lots' reconciliation, its items and the state of its custody chain. */
export const GET: RequestHandler = apiHandler(async ({ request, params }) => {
	const { supabase } = await apiCaller(request);
	if (!isUuid(params.id)) return apiError(400, 'invalid_request', 'A case id is a UUID.');
	const detail = await loadCaseDetail(supabase, params.id);
	// Unreadable answers like unknown: a 403 would tell a prosecutor which cases exist.
	if (!detail) return apiError(404, 'not_found', 'No such case, or it is not open to this account.');
	const { lots, custodyChain: chain, ...header } = detail;
	return apiJson(200, {
		...header,
		lots: lots.map(({ reconciliation: r, countReceived, balanced, ...lot }) => ({
			...lot,
			reconciliation: { received: countReceived, ...r, balanced }
		})),
		custodyChain: chain.valid
			? { valid: true, events: chain.events, head: chain.head }
			: {
					valid: false,
					events: chain.events,
					head: chain.head,
					firstBrokenEventId: chain.firstBrokenEventId,
					firstBrokenPosition: chain.firstBrokenPosition,
					problem: chain.problem
				}
	});
});
