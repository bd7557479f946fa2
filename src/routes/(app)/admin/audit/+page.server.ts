import { redirect } from '@sveltejs/kit';
import { isFiltered, parseAuditFilter } from '$lib/schemas/audit-filter';
import { listAuditLog } from '$lib/server/audit/audit-log';
import { centreStaff } from '$lib/server/audit/audit-staff';
import { requireRole } from '$lib/server/guards';
import type { PageServerLoad } from './$types';

// A GET form: every filter is a link an admin can bookmark or send, and it works without JavaScript.
export const load: PageServerLoad = async ({ locals, url }) => {
	const admin = await requireRole(locals, 'admin');
	const parsed = parseAuditFilter(url.searchParams);
	const staff = await centreStaff(locals.supabase, admin.centreId);
	const filtered = isFiltered(parsed.values);
	// A query it cannot use lists nothing rather than everything: the form says what to correct.
	if (!parsed.ok) return { values: parsed.values, errors: parsed.errors, staff, filtered, log: null };

	const log = await listAuditLog(locals.supabase, parsed.filter);
	if (parsed.filter.page > log.pageCount) {
		const query = new URLSearchParams(url.searchParams);
		if (log.pageCount === 1) query.delete('page');
		else query.set('page', String(log.pageCount));
		redirect(303, `/admin/audit?${query}`);
	}
	return { values: parsed.values, errors: {}, staff, filtered, log };
};
