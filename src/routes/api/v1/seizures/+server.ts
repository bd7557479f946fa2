import { INTAKE_ROLES } from '$lib/roles';
import { seizureSchema } from '$lib/schemas/seizure';
import { readBody } from '$lib/server/api/body';
import { apiCaller } from '$lib/server/api/caller';
import { apiError, apiHandler, apiJson } from '$lib/server/api/respond';
import { recordSeizure } from '$lib/server/seizures/record-seizure';
import type { RequestHandler } from './$types';

/** Records a whole seizure (case, lots, animals with codes, items, custody events) in one transaction. */
export const POST: RequestHandler = apiHandler(async ({ request }) => {
	const { supabase } = await apiCaller(request, INTAKE_ROLES);
	const seizure = await readBody(request, seizureSchema);
	const outcome = await recordSeizure(supabase, seizure);
	if (outcome.ok) {
		const { caseId, caseNumber, lots, items } = outcome.result;
		return apiJson(201, { caseId, caseNumber, lots, items }, { location: `/api/v1/cases/${caseId}` });
	}
	const refusal = outcome.refusal;
	switch (refusal.kind) {
		case 'duplicate_case':
			return apiError(409, 'duplicate_case', `A case numbered "${seizure.caseNumber}" already exists in this centre.`);
		case 'unknown_species':
			return apiError(422, 'unknown_species', `Unknown species: ${refusal.names.join(', ')}`, { species: refusal.names });
		case 'forbidden':
			return apiError(403, 'forbidden', 'This account may not record seizures.');
		case 'invalid':
			return apiError(400, 'invalid_request', refusal.message, { issues: [] });
	}
});
