import { error } from '@sveltejs/kit';
import { messages } from '$lib/i18n';
import { INTAKE_ROLES } from '$lib/roles';
import { requireRole } from '$lib/server/guards';
import { readIntakeSummary } from '$lib/server/seizures/intake-summary';
import type { PageServerLoad } from './$types';

// Read back from the database rather than carried over from the form: a reload shows it again.
export const load: PageServerLoad = async ({ locals, params }) => {
	await requireRole(locals, ...INTAKE_ROLES);
	const summary = await readIntakeSummary(locals.supabase, params.caseId);
	if (!summary) error(404, messages(locals.locale).intake.caseNotFound);
	return { summary };
};
