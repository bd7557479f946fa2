import { requireRole } from '$lib/server/guards';
import { caseByNumber } from '$lib/server/evidence/case-by-number';
import { declineRequest, issueDirectSheet, issueRequestedSheet } from '$lib/server/evidence/decision-actions';
import { decidedRequests, issuedDocuments, waitingRequests } from '$lib/server/evidence/evidence-desk';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	await requireRole(locals, 'admin');
	// `?case=<number>` opens the direct-issue form on that case (the case page links here so).
	const caseNumber = (url.searchParams.get('case') ?? '').trim();
	// One after the other: the embedded database answers one query at a time anyway.
	const waiting = await waitingRequests(locals.supabase, url);
	const decided = await decidedRequests(locals.supabase, url);
	const issued = await issuedDocuments(locals.supabase, url);
	const directCase = caseNumber ? await caseByNumber(locals.supabase, caseNumber) : null;
	return { waiting, decided, issued, caseNumber, directCase };
};

export const actions: Actions = {
	issue: issueRequestedSheet,
	decline: declineRequest,
	issueDirect: issueDirectSheet
};
