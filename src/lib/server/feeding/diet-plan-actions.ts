import { fail, type RequestEvent } from '@sveltejs/kit';
import { messages } from '$lib/i18n';
import { dietPlanErrors, dietPlanSchema, dietPlanValues, endDietPlanSchema, type DietPlanValues } from '$lib/schemas/diet-plan';
import { fieldErrors, formObject, type FieldErrors } from '$lib/schemas/form-errors';
import { requireRole } from '$lib/server/guards';
import { filledByDb } from '$lib/server/health/health-actions';
import { feedingRefusal } from './feeding-refusals';
import { subjectColumn, type DietSubject } from './diet-plans';

/** The roles the diet_plans insert and update policies name. */
export const DIET_WRITERS = ['vet', 'keeper'] as const;

/** ActionData `{ dietPlan }` / `{ endDietPlan }` when refused. */
export interface DietPlanFailure {
	errors: FieldErrors;
	values: DietPlanValues;
	message?: string;
}
export interface EndDietPlanFailure {
	errors: FieldErrors;
	values: { endReason: string };
	message?: string;
}

type Event = Pick<RequestEvent, 'request' | 'locals'>;
type DbError = { code: string; message: string };

function refused(event: Event, error: DbError) {
	const refusal = feedingRefusal(error);
	if (!refusal) throw new Error(`a diet plan write failed: ${error.code} ${error.message}`);
	const v = messages(event.locals.locale).validation;
	return refusal.field === 'form' ? { errors: {}, message: v[refusal.key] } : { errors: { [refusal.field]: refusal.key } };
}

/** `?/changeDietPlan`: a first plan, or a new one replacing the current plan (ended by the database). */
export async function changeDietPlan(event: Event, subject: DietSubject) {
	await requireRole(event.locals, ...DIET_WRITERS);
	const values = dietPlanValues(await event.request.formData());
	const parsed = dietPlanSchema.safeParse(values);
	if (!parsed.success) return fail(400, { dietPlan: { errors: dietPlanErrors(parsed.error), values } satisfies DietPlanFailure });
	const p = parsed.data;
	const [column, id] = subjectColumn(subject);
	const { error } = await event.locals.supabase.from('diet_plans').insert(
		filledByDb<'diet_plans', 'centre_id'>({
			[column]: id,
			items: p.items,
			feeding_times: p.feedingTimes,
			every_n_days: p.everyNDays,
			starts_on: p.startsOn,
			notes: p.notes,
			replaces_id: p.replacesId
		})
	);
	if (!error) return { dietPlanSaved: true };
	return fail(400, { dietPlan: { ...refused(event, error), values } satisfies DietPlanFailure });
}

/** `?/endDietPlan`: the current plan ends now with a reason, and nothing replaces it. */
export async function endDietPlan(event: Event, subject: DietSubject) {
	await requireRole(event.locals, ...DIET_WRITERS);
	const raw = formObject(await event.request.formData());
	const values = { endReason: raw.endReason ?? '' };
	const parsed = endDietPlanSchema.safeParse(raw);
	if (!parsed.success) return fail(400, { endDietPlan: { errors: fieldErrors(parsed.error), values } satisfies EndDietPlanFailure });
	const [column, id] = subjectColumn(subject);
	const { data, error } = await event.locals.supabase
		.from('diet_plans')
		// Any value ends it: the database sets the time itself (guard_diet_plan_end).
		.update({ ended_at: new Date().toISOString(), end_reason: parsed.data.endReason })
		.eq('id', parsed.data.planId)
		.eq(column, id)
		.select('id');
	if (error) return fail(400, { endDietPlan: { ...refused(event, error), values } satisfies EndDietPlanFailure });
	if (data.length === 0) {
		const message = messages(event.locals.locale).validation.diet_plan_not_current;
		return fail(404, { endDietPlan: { errors: {}, values, message } satisfies EndDietPlanFailure });
	}
	return { dietPlanEnded: true };
}
