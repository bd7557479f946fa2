import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { messages } from '$lib/i18n';
import { fieldErrors, formObject, type FieldErrors } from '$lib/schemas/form-errors';
import { releaseCandidateSchema } from '$lib/schemas/release-candidate';
import { requireRole } from '$lib/server/guards';
import { filledByDb } from '$lib/server/health/health-actions';
import { ASSESSMENT_OPENERS } from './board-data';
import { refusalFrom } from '$lib/server/db-refusal';

/** ActionData `{ openAssessment }` when refused: which candidate, so the message stands next to it. */
export interface OpenAssessmentFailure {
	subjectId: string;
	errors: FieldErrors;
	values: Record<string, string>;
	message?: string;
}

/** The release_assessments insert trigger's refusals (20261124020100). */
const REFUSALS = {
	RL310: { field: 'form', key: 'board_not_in_care' },
	RL302: { field: 'count', key: 'board_count_too_many' },
	// release_assessments_open_animal: someone opened one since the board was read.
	'23505': { field: 'form', key: 'board_already_assessed' },
	'42501': { field: 'form', key: 'board_forbidden' }
} as const;

/**
 * `?/openAssessment`: opens a release assessment of one candidate (an animal, or some of a group)
 * and goes to its page, where the checklist is answered.
 */
export async function openAssessment({ request, locals }: Pick<RequestEvent, 'request' | 'locals'>) {
	await requireRole(locals, ...ASSESSMENT_OPENERS);
	const values = formObject(await request.formData());
	const failure = (errors: FieldErrors, message?: string) =>
		fail(400, { openAssessment: { subjectId: values.animalId || values.lotId || '', errors, values, message } satisfies OpenAssessmentFailure });
	const parsed = releaseCandidateSchema.safeParse(values);
	if (!parsed.success) {
		const errors = fieldErrors(parsed.error);
		return errors.form ? failure({}, messages(locals.locale).validation[errors.form]) : failure(errors);
	}
	const c = parsed.data;
	const { data, error } = await locals.supabase
		.from('release_assessments')
		.insert(filledByDb<'release_assessments', 'case_id' | 'checklist_id'>({ animal_id: c.animalId, lot_id: c.lotId, head_count: c.count }))
		.select('id')
		.single();
	if (error) {
		const refusal = refusalFrom(REFUSALS, error, 'opening a release assessment');
		if (!refusal) throw new Error(`opening a release assessment failed: ${error.code} ${error.message}`);
		return refusal.field === 'form'
			? failure({}, messages(locals.locale).validation[refusal.key])
			: failure({ [refusal.field]: refusal.key });
	}
	redirect(303, `/release/assessments/${data.id}`);
}
