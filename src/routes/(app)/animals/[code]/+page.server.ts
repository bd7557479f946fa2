import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { messages } from '$lib/i18n';
import { loadAnimalByCode, type AnimalDetail } from '$lib/server/seizures/animal-detail';
import { mayRecordCare } from '$lib/server/seizures/care-roles';
import { loadAnimalTimeline } from '$lib/server/seizures/custody-timeline';
import { handoverAction, handoverDefaults } from '$lib/server/seizures/handover-action';
import { listPhotos } from '$lib/server/seizures/photo-records';
import { photoUploadAction } from '$lib/server/seizures/photo-upload-action';
import type { Actions, PageServerLoad } from './$types';

const ANIMAL_CODE = /^[A-Z]{2,4}-\d{4}-\d{6,9}$/;

/**
 * The animal a label's QR code points at. An unknown code, one in another centre and one in the
 * wrong format are all the same 404, so a guessed code reveals nothing. A code typed in small
 * letters goes to its printed (capital) form.
 */
async function animalOr404({ params, locals, url }: Pick<RequestEvent<{ code: string }>, 'params' | 'locals' | 'url'>): Promise<AnimalDetail> {
	const notFound = () => error(404, messages(locals.locale).errors.notFound);
	if (!ANIMAL_CODE.test(params.code)) {
		const printed = params.code.toUpperCase();
		if (ANIMAL_CODE.test(printed) && url.searchParams.size === 0) redirect(308, `/animals/${printed}`);
		notFound();
	}
	return (await loadAnimalByCode(locals.supabase, params.code)) ?? notFound();
}

export const load: PageServerLoad = async (event) => {
	const { locals } = event;
	const animal = await animalOr404(event);
	const { staff } = await locals.safeGetSession();
	// hooks.server.ts lets only active staff into (app); the check keeps TypeScript and refactors honest.
	if (!staff) error(401, messages(locals.locale).errors.signInAgain);
	const mayRecord = mayRecordCare(staff.role);
	const [timeline, photos, defaults] = await Promise.all([
		loadAnimalTimeline(locals.supabase, { id: animal.id, caseId: animal.caseId, lotId: animal.lotId }),
		listPhotos(locals.supabase, { caseId: animal.caseId, animalId: animal.id }),
		Promise.resolve(mayRecord ? handoverDefaults(staff) : {})
	]);
	return { animal, timeline, photos, mayRecord, handoverDefaults: defaults };
};

export const actions: Actions = {
	uploadPhoto: async (event) => {
		const animal = await animalOr404(event);
		return photoUploadAction(event, { caseId: animal.caseId, animalId: animal.id });
	},
	handover: async (event) => {
		const animal = await animalOr404(event);
		return handoverAction(event, { animalCode: animal.code });
	}
};
