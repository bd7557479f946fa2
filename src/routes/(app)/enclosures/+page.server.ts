import { fail } from '@sveltejs/kit';
import { messages } from '$lib/i18n';
import { newPlaceInput, newPlaceSchema } from '$lib/schemas/enclosure';
import { fieldErrors } from '$lib/schemas/form-errors';
import { addPlace, loadPlaces } from '$lib/server/enclosures/place-tree';
import { requireRole } from '$lib/server/guards';
import type { Actions, PageServerLoad } from './$types';

const PLACE_READERS = ['admin', 'vet', 'keeper', 'release_team'] as const;

export const load: PageServerLoad = async ({ locals }) => {
	const staff = await requireRole(locals, ...PLACE_READERS);
	return { places: await loadPlaces(locals.supabase), mayAdd: staff.role === 'admin' };
};

export const actions: Actions = {
	addPlace: async ({ request, locals }) => {
		await requireRole(locals, 'admin');
		const m = messages(locals.locale).enclosures;
		const values = newPlaceInput(await request.formData());
		const parsed = newPlaceSchema.safeParse(values);
		if (!parsed.success) return fail(400, { errors: fieldErrors(parsed.error), values });
		const outcome = await addPlace(locals.supabase, parsed.data);
		if (outcome.ok) return { added: parsed.data.name };
		if (outcome.reason === 'name_taken') return fail(409, { errors: {}, values, message: m.nameTaken });
		if (outcome.reason === 'parent_invalid') return fail(400, { errors: {}, values, message: m.parentInvalid });
		return fail(403, { errors: {}, values, message: m.addForbidden });
	}
};
