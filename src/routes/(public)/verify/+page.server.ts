import { redirect } from '@sveltejs/kit';
import { verifyLookupSchema } from '$lib/schemas/evidence-verification';
import { fieldErrors } from '$lib/schemas/form-errors';
import { verifyUploadAction } from '$lib/server/evidence/verify-upload-action';
import type { Actions, PageServerLoad } from './$types';

/** The ID form submits by GET, so a typed ID works without JavaScript and the answer has its own URL. */
export const load: PageServerLoad = ({ url }) => {
	const id = url.searchParams.get('id');
	if (id === null) return { lookup: null };
	const parsed = verifyLookupSchema.safeParse({ id });
	if (parsed.success) redirect(303, `/verify/${parsed.data.id}`);
	return { lookup: { errors: fieldErrors(parsed.error), values: { id } } };
};

export const actions: Actions = {
	upload: ({ request }) => verifyUploadAction(request)
};
