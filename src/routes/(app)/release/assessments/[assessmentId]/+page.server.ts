import { error, type RequestEvent } from '@sveltejs/kit';
import { centreToday } from '$lib/domain/centre-time';
import { messages } from '$lib/i18n';
import { requireRole } from '$lib/server/guards';
import { answerQuestions, approve, chooseAlternative, editDetails, schedule } from '$lib/server/release/assessment-actions';
import { ASSESSMENT_ROLES, assessmentPermissions, loadAssessmentPage, nextApproval } from '$lib/server/release/assessment-page';
import { isUuid } from '$lib/server/seizures/species-ref';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const staff = await requireRole(locals, ...ASSESSMENT_ROLES);
	const page = await loadAssessmentPage(locals.supabase, params.assessmentId);
	if (!page) error(404, messages(locals.locale).errors.notFound);
	return {
		...page,
		next: nextApproval(page, staff.role),
		may: assessmentPermissions(page, staff.role),
		today: centreToday()
	};
};

/** A malformed id in the address is the same 404 as the page's; a well-formed unknown one is the database's PT404. */
function assessmentId({ locals, params }: Pick<RequestEvent<{ assessmentId: string }>, 'locals' | 'params'>) {
	return isUuid(params.assessmentId) ? params.assessmentId : error(404, messages(locals.locale).errors.notFound);
}

export const actions: Actions = {
	answer: (event) => answerQuestions(event, assessmentId(event)),
	editDetails: (event) => editDetails(event, assessmentId(event)),
	approve: (event) => approve(event, assessmentId(event)),
	schedule: (event) => schedule(event, assessmentId(event)),
	chooseAlternative: (event) => chooseAlternative(event, assessmentId(event))
};
