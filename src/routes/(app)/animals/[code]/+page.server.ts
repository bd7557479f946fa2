import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { messages } from '$lib/i18n';
import { clearQuarantineAction } from '$lib/server/enclosures/quarantine-action';
import { MOVE_ROLES, moveAction } from '$lib/server/enclosures/move-action';
import { changeDietPlan, DIET_WRITERS, endDietPlan } from '$lib/server/feeding/diet-plan-actions';
import { centreToday } from '$lib/domain/centre-time';
import { recordDisposition } from '$lib/server/dispositions/disposition-action';
import { loadAnimalEndOfCustody } from '$lib/server/dispositions/end-of-custody';
import { loadAnimalByCode, type AnimalDetail } from '$lib/server/seizures/animal-detail';
import { loadAnimalPage } from '$lib/server/seizures/animal-page';
import { mayRecordCare } from '$lib/server/seizures/care-roles';
import { handoverAction, handoverDefaults } from '$lib/server/seizures/handover-action';
import { photoUploadAction } from '$lib/server/seizures/photo-upload-action';
import type { Actions, PageServerLoad } from './$types';

const ANIMAL_CODE = /^[A-Z]{2,4}-\d{4}-\d{6,9}$/;

type CodeEvent = Pick<RequestEvent<{ code: string }>, 'params' | 'locals' | 'url'>;

const notFound = (locals: App.Locals) => error(404, messages(locals.locale).errors.notFound);

/**
 * The code of a label's QR code, as loaders take it. An unknown code, one in another centre and
 * one in the wrong format are all the same 404, so a guessed code reveals nothing. A code typed in
 * small letters goes to its printed (capital) form.
 */
function codeOr404({ params, locals, url }: CodeEvent): string {
	if (!ANIMAL_CODE.test(params.code)) {
		const printed = params.code.toUpperCase();
		if (ANIMAL_CODE.test(printed) && url.searchParams.size === 0) redirect(308, `/animals/${printed}`);
		notFound(locals);
	}
	return params.code;
}

/** The animal alone, for the actions. */
async function animalOr404(event: CodeEvent): Promise<AnimalDetail> {
	return (await loadAnimalByCode(event.locals.supabase, codeOr404(event))) ?? notFound(event.locals);
}

export const load: PageServerLoad = async (event) => {
	const { locals } = event;
	// One database call for all of it: animal_page() (prosecutors get no care parts from it).
	const page = (await loadAnimalPage(locals.supabase, codeOr404(event))) ?? notFound(locals);
	const { animal, timeline, photos, places, quarantine, dietPlans, feedings } = page;
	const { staff } = await locals.safeGetSession();
	// hooks.server.ts lets only active staff into (app); the check keeps TypeScript and refactors honest.
	if (!staff) error(401, messages(locals.locale).errors.signInAgain);
	const mayRecord = mayRecordCare(staff.role);
	const mayMove = (MOVE_ROLES as readonly string[]).includes(staff.role) && animal.status === 'in_care';
	// Not part of animal_page(): its ending (when custody ended) or what the form needs (while in care).
	const endOfCustody = await loadAnimalEndOfCustody(locals.supabase, staff, animal, event.url);
	return {
		animal,
		timeline,
		photos,
		mayRecord,
		handoverDefaults: mayRecord ? handoverDefaults(staff) : {},
		enclosures: places.filter((p) => p.kind === 'enclosure'),
		quarantine,
		showCare: staff.role !== 'prosecutor',
		mayMove,
		mayClearQuarantine: staff.role === 'vet',
		dietPlans,
		feedings,
		mayPlanDiet: (DIET_WRITERS as readonly string[]).includes(staff.role) && animal.status === 'in_care',
		today: centreToday(),
		endOfCustody
	};
};

export const actions: Actions = {
	uploadPhoto: async (event) => {
		const animal = await animalOr404(event);
		return photoUploadAction(event, { caseId: animal.caseId, animalId: animal.id });
	},
	handover: async (event) => {
		const animal = await animalOr404(event);
		return handoverAction(event, { animalCode: animal.code });
	},
	move: async (event) => {
		const animal = await animalOr404(event);
		return moveAction(event, { animalId: animal.id });
	},
	clearQuarantine: async (event) => {
		await animalOr404(event);
		return clearQuarantineAction(event);
	},
	changeDietPlan: async (event) => changeDietPlan(event, { animalId: (await animalOr404(event)).id }),
	endDietPlan: async (event) => endDietPlan(event, { animalId: (await animalOr404(event)).id }),
	recordDisposition: async (event) => recordDisposition(event, { animalId: (await animalOr404(event)).id })
};
