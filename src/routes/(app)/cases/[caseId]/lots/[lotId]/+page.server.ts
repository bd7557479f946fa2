import { error, redirect } from '@sveltejs/kit';
import { messages } from '$lib/i18n';
import { pageNumberSchema } from '$lib/schemas/page-number';
import { STAFF_ROLES } from '$lib/roles';
import { requireRole } from '$lib/server/guards';
import { loadLotAnimals } from '$lib/server/seizures/lot-animal-list';
import { centreToday, isoToLocalInput } from '$lib/domain/centre-time';
import { clearQuarantineAction } from '$lib/server/enclosures/quarantine-action';
import { MOVE_ROLES, moveAction } from '$lib/server/enclosures/move-action';
import { loadPlaces } from '$lib/server/enclosures/place-tree';
import { loadQuarantine } from '$lib/server/enclosures/quarantine-state';
import { listLotExams, recordLotExam } from '$lib/server/health/lot-exam-action';
import { changeDietPlan, DIET_WRITERS, endDietPlan } from '$lib/server/feeding/diet-plan-actions';
import { loadDietPlans } from '$lib/server/feeding/diet-plans';
import { isUuid } from '$lib/server/seizures/species-ref';
import { recordDisposition } from '$lib/server/dispositions/disposition-action';
import { loadLotEndOfCustody } from '$lib/server/dispositions/end-of-custody';
import type { Actions, PageServerLoad } from './$types';

/** A lot's individual animals; a lot of another case, or of a case the reader may not see, is a 404. */
export const load: PageServerLoad = async ({ locals, params, url }) => {
	const staff = await requireRole(locals, ...STAFF_ROLES);
	const page = pageNumberSchema.parse(url.searchParams.get('page'));
	const animals = await loadLotAnimals(locals.supabase, params.caseId, params.lotId, page);
	if (!animals) error(404, messages(locals.locale).errors.notFound);
	if (page > animals.pageCount) redirect(303, animals.pageCount === 1 ? url.pathname : `${url.pathname}?page=${animals.pageCount}`);
	const showCare = staff.role !== 'prosecutor';
	// Prosecutors read no places or quarantines (RLS): they are not asked for.
	const [places, quarantine, lotExams, dietPlans] = showCare
		? await Promise.all([
				loadPlaces(locals.supabase),
				loadQuarantine(locals.supabase, { lotId: params.lotId }),
				listLotExams(locals.supabase, params.lotId),
				loadDietPlans(locals.supabase, { lotId: params.lotId })
			])
		: [[], null, [], null];
	const endOfCustody = await loadLotEndOfCustody(locals.supabase, staff, animals.lot, url);
	return {
		animals,
		enclosures: places.filter((p) => p.kind === 'enclosure'),
		quarantine,
		showCare,
		mayMove: (MOVE_ROLES as readonly string[]).includes(staff.role) && animals.lot.inCare > 0,
		mayClearQuarantine: staff.role === 'vet',
		lotExams,
		mayExamine: staff.role === 'vet',
		now: isoToLocalInput(new Date().toISOString()),
		dietPlans,
		mayPlanDiet: (DIET_WRITERS as readonly string[]).includes(staff.role) && animals.lot.inCare > 0,
		today: centreToday(),
		endOfCustody
	};
};

/** The lot must be of the case in the address, as the page's own load checks. */
async function lotOr404({ locals, params }: { locals: App.Locals; params: { caseId: string; lotId: string } }) {
	const notFound = () => error(404, messages(locals.locale).errors.notFound);
	if (!isUuid(params.lotId) || !isUuid(params.caseId)) notFound();
	const { data } = await locals.supabase.from('lots').select('id').eq('id', params.lotId).eq('case_id', params.caseId).maybeSingle();
	return data ?? notFound();
}

export const actions: Actions = {
	move: async (event) => {
		const lot = await lotOr404(event);
		return moveAction(event, { lotId: lot.id });
	},
	clearQuarantine: async (event) => {
		await lotOr404(event);
		return clearQuarantineAction(event);
	},
	recordLotExam: async (event) => {
		const lot = await lotOr404(event);
		return recordLotExam(event, lot.id);
	},
	changeDietPlan: async (event) => changeDietPlan(event, { lotId: (await lotOr404(event)).id }),
	endDietPlan: async (event) => endDietPlan(event, { lotId: (await lotOr404(event)).id }),
	recordDisposition: async (event) => recordDisposition(event, { lotId: (await lotOr404(event)).id })
};
