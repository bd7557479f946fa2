import { error, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { messages } from '$lib/i18n';
import { STAFF_ROLES } from '$lib/roles';
import { requireRole } from '$lib/server/guards';
import { loadLotAnimals } from '$lib/server/seizures/lot-animal-list';
import type { PageServerLoad } from './$types';

const pageSchema = z.coerce.number().int().min(1).max(100_000).catch(1);

/** A lot's individual animals; a lot of another case, or of a case the reader may not see, is a 404. */
export const load: PageServerLoad = async ({ locals, params, url }) => {
	await requireRole(locals, ...STAFF_ROLES);
	const page = pageSchema.parse(url.searchParams.get('page'));
	const animals = await loadLotAnimals(locals.supabase, params.caseId, params.lotId, page);
	if (!animals) error(404, messages(locals.locale).errors.notFound);
	if (page > animals.pageCount) redirect(303, animals.pageCount === 1 ? url.pathname : `${url.pathname}?page=${animals.pageCount}`);
	return { animals };
};
