import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { messages } from '$lib/i18n';
import { clearQuarantineAction } from '$lib/server/enclosures/quarantine-action';
import { MOVE_ROLES, moveAction } from '$lib/server/enclosures/move-action';
import { loadPlaces } from '$lib/server/enclosures/place-tree';
import { loadQuarantine } from '$lib/server/enclosures/quarantine-state';
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
	const mayMove = (MOVE_ROLES as readonly string[]).includes(staff.role) && animal.status === 'in_care';
	const [timeline, photos, places, quarantine] = await Promise.all([
		loadAnimalTimeline(locals.supabase, { id: animal.id, caseId: animal.caseId, lotId: animal.lotId }),
		listPhotos(locals.supabase, { caseId: animal.caseId, animalId: animal.id }),
		// Prosecutors read no places or quarantines (RLS); they get none rather than empty lists.
		staff.role === 'prosecutor' ? [] : loadPlaces(locals.supabase),
		staff.role === 'prosecutor' ? null : loadQuarantine(locals.supabase, { animalId: animal.id, lotId: animal.lotId, since: animal.createdAt })
	]);
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
		mayClearQuarantine: staff.role === 'vet'
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
	}
};
