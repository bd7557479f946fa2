import { apiError, apiHandler, apiJson } from '$lib/server/api/respond';
import { verifySheet } from '$lib/server/evidence/verify-sheet';
import type { RequestHandler } from './$types';

/** Whether an issued evidence sheet still matches the records. Open to anyone: no personal data. */
export const GET: RequestHandler = apiHandler(async ({ params }) => {
	const verification = await verifySheet(params.documentId);
	if (!verification) return apiError(404, 'not_found', 'No evidence sheet has this document ID.');
	return apiJson(200, verification);
});
