import { error, type RequestEvent } from '@sveltejs/kit';
import { isoToLocalInput } from '$lib/domain/centre-time';
import type { TaxonClass } from '$lib/domain/dose';
import { messages } from '$lib/i18n';
import { requireRole } from '$lib/server/guards';
import { logAdministration, prescribe, recordExam, stopPrescription } from '$lib/server/health/health-actions';
import { loadHealth } from '$lib/server/health/health-data';
import { recordLabResult } from '$lib/server/health/lab-result-action';
import { loadLabSection } from '$lib/server/health/lab-section';
import { recordNecropsy } from '$lib/server/health/necropsy-action';
import { recordProblem, resolveProblem } from '$lib/server/health/problem-actions';
import { loadAnimalByCode } from '$lib/server/seizures/animal-detail';
import type { Actions, PageServerLoad } from './$types';

/** Vet records are not for prosecutors (their evidence sheets decide what they see of them). */
const HEALTH_READERS = ['admin', 'vet', 'keeper', 'release_team'] as const;

/** As on the animal page: unknown, foreign and malformed codes are the same 404. */
async function animalOr404({ params, locals }: Pick<RequestEvent<{ code: string }>, 'params' | 'locals'>) {
	return (await loadAnimalByCode(locals.supabase, params.code)) ?? error(404, messages(locals.locale).errors.notFound);
}

export const load: PageServerLoad = async (event) => {
	const staff = await requireRole(event.locals, ...HEALTH_READERS);
	const animal = await animalOr404(event);
	const [health, labSection] = await Promise.all([
		loadHealth(event.locals.supabase, animal.id, animal.species.taxonClass as TaxonClass),
		loadLabSection(event.locals.supabase, animal, staff, event.url)
	]);
	const now = new Date().toISOString();
	return {
		animal,
		...health,
		...labSection,
		isVet: staff.role === 'vet',
		mayLogDoses: staff.role === 'vet' || staff.role === 'keeper',
		defaults: { now: isoToLocalInput(now), today: isoToLocalInput(now).slice(0, 10) }
	};
};

export const actions: Actions = {
	recordExam: async (event) => recordExam(event, (await animalOr404(event)).id),
	recordProblem: async (event) => recordProblem(event, (await animalOr404(event)).id),
	resolveProblem: async (event) => resolveProblem(event, (await animalOr404(event)).id),
	prescribe: async (event) => prescribe(event, (await animalOr404(event)).id),
	stopPrescription: async (event) => stopPrescription(event, (await animalOr404(event)).id),
	logAdministration: async (event) => logAdministration(event, (await animalOr404(event)).id),
	recordLabResult: async (event) => recordLabResult(event, (await animalOr404(event)).id),
	recordNecropsy: async (event) => recordNecropsy(event, (await animalOr404(event)).id)
};
