import { apiCaller } from '$lib/server/api/caller';
import { apiError, apiHandler, apiJson } from '$lib/server/api/respond';
import { loadAnimalByCode } from '$lib/server/seizures/animal-detail';
import { loadAnimalTimeline } from '$lib/server/seizures/custody-timeline';
import type { RequestHandler } from './$types';

/** An animal by its label code, with the custody events that concern it (case, lot and its own). */
export const GET: RequestHandler = apiHandler(async ({ request, params }) => {
	const { supabase } = await apiCaller(request);
	const animal = await loadAnimalByCode(supabase, params.code);
	if (!animal) return apiError(404, 'not_found', `No animal with code ${params.code}, or it is not open to this account.`);
	const custodyEvents = await loadAnimalTimeline(supabase, animal);
	const { microchip, ring, tag, distinctiveMarks, ...rest } = animal;
	return apiJson(200, { ...rest, identifiers: { microchip, ring, tag, distinctiveMarks }, custodyEvents });
});
