import { error, type RequestEvent } from '@sveltejs/kit';
import { messages } from '$lib/i18n';
import { loadEnclosureDetail } from '$lib/server/enclosures/enclosure-detail';
import { changeDietPlan, DIET_WRITERS, endDietPlan } from '$lib/server/feeding/diet-plan-actions';
import { centreToday } from '$lib/domain/centre-time';
import { loadDietPlans } from '$lib/server/feeding/diet-plans';
import { requireRole } from '$lib/server/guards';
import { isUuid } from '$lib/server/seizures/species-ref';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const staff = await requireRole(locals, 'admin', 'vet', 'keeper', 'release_team');
	const [detail, dietPlans] = isUuid(params.enclosureId)
		? await Promise.all([loadEnclosureDetail(locals.supabase, params.enclosureId), loadDietPlans(locals.supabase, { enclosureId: params.enclosureId })])
		: [null, null];
	if (!detail || !dietPlans) error(404, messages(locals.locale).errors.notFound);
	const mayPlanDiet = (DIET_WRITERS as readonly string[]).includes(staff.role) && detail.place.active;
	return { detail, dietPlans, mayPlanDiet, today: centreToday() };
};

/** A whole enclosure's diet plan; prepare_diet_plan() refuses other centres' and retired enclosures. */
const enclosureOf = ({ params, locals }: Pick<RequestEvent<{ enclosureId: string }>, 'params' | 'locals'>) =>
	isUuid(params.enclosureId) ? { enclosureId: params.enclosureId } : error(404, messages(locals.locale).errors.notFound);

export const actions: Actions = {
	changeDietPlan: async (event) => changeDietPlan(event, enclosureOf(event)),
	endDietPlan: async (event) => endDietPlan(event, enclosureOf(event))
};
