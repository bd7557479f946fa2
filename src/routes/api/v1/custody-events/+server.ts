import { custodyEventSchema } from '$lib/schemas/custody-event';
import { readBody } from '$lib/server/api/body';
import { apiCaller } from '$lib/server/api/caller';
import { apiError, apiHandler, apiJson, ledgerIsAppendOnly } from '$lib/server/api/respond';
import { recordCustodyEvent } from '$lib/server/seizures/custody-events';
import type { RequestHandler } from './$types';

/** The roles the ledger's insert policy lets record events; prosecutors only read. */
const CUSTODY_ROLES = ['admin', 'vet', 'keeper', 'release_team'] as const;

/** Appends one custody event to its case's hash chain. */
export const POST: RequestHandler = apiHandler(async ({ request }) => {
	const { supabase } = await apiCaller(request, CUSTODY_ROLES);
	const input = await readBody(request, custodyEventSchema);
	const outcome = await recordCustodyEvent(supabase, input);
	if (outcome.ok) return apiJson(201, outcome.event);
	const refusal = outcome.refusal;
	switch (refusal.kind) {
		case 'subject_not_found':
			return apiError(404, 'subject_not_found', `No such ${subjectName(input)}, or it is not open to this account.`);
		case 'forbidden':
			return apiError(403, 'forbidden', 'This account may not record custody events for this case.');
		case 'invalid':
			return apiError(400, 'invalid_request', refusal.message, { issues: [] });
	}
});

function subjectName(input: { caseId?: string; lotId?: string; animalCode?: string; itemId?: string }): string {
	if (input.animalCode) return `animal ${input.animalCode}`;
	if (input.lotId) return `lot ${input.lotId}`;
	if (input.itemId) return `item ${input.itemId}`;
	return `case ${input.caseId}`;
}

/** PUT, PATCH, DELETE…: the ledger is append-only. */
export const fallback: RequestHandler = () => ledgerIsAppendOnly();
