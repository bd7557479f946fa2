import { error } from '@sveltejs/kit';
import { messages } from '$lib/i18n';
import { loadEnclosureDetail } from '$lib/server/enclosures/enclosure-detail';
import { requireRole } from '$lib/server/guards';
import { isUuid } from '$lib/server/seizures/species-ref';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	await requireRole(locals, 'admin', 'vet', 'keeper', 'release_team');
	const detail = isUuid(params.enclosureId) ? await loadEnclosureDetail(locals.supabase, params.enclosureId) : null;
	if (!detail) error(404, messages(locals.locale).errors.notFound);
	return { detail };
};
