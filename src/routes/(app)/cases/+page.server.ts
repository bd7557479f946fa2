import { redirect } from '@sveltejs/kit';
import { STAFF_ROLES } from '$lib/roles';
import { isFiltered, parseCaseSearch } from '$lib/schemas/case-search';
import { requireRole } from '$lib/server/guards';
import { searchCases } from '$lib/server/seizures/case-list';
import type { PageServerLoad } from './$types';

// Every role may search; what each one finds is what RLS lets them read (a prosecutor: granted cases).
export const load: PageServerLoad = async ({ locals, url }) => {
	await requireRole(locals, ...STAFF_ROLES);
	const search = parseCaseSearch(url.searchParams);
	const cases = await searchCases(locals.supabase, search);
	if (search.page > cases.pageCount) {
		// An old link past the end (cases closed, a narrower search) lands on the last page, search kept.
		const query = new URLSearchParams(url.searchParams);
		if (cases.pageCount === 1) query.delete('page');
		else query.set('page', String(cases.pageCount));
		redirect(303, `/cases?${query}`);
	}
	return { search, cases, filtered: isFiltered(search) };
};
