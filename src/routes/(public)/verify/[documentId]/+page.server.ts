import { error } from '@sveltejs/kit';
import { messages } from '$lib/i18n';
import { verifySheet } from '$lib/server/evidence/verify-sheet';
import { verifyUploadAction } from '$lib/server/evidence/verify-upload-action';
import type { Actions, PageServerLoad } from './$types';

/** Reached by the QR code on every page of a sheet: no sign-in, nothing personal on it. */
export const load: PageServerLoad = async ({ params, locals, setHeaders }) => {
	const verification = await verifySheet(params.documentId);
	if (!verification) error(404, messages(locals.locale).verify.notFoundBody);
	// The verdict changes when the records do: no cache may show yesterday's.
	setHeaders({ 'cache-control': 'no-store' });
	return { verification };
};

export const actions: Actions = {
	upload: ({ request, params }) => verifyUploadAction(request, params.documentId)
};
