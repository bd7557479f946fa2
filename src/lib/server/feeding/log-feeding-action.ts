import { fail, type RequestEvent } from '@sveltejs/kit';
import { messages } from '$lib/i18n';
import { feedingLogSchema, type FeedingOutcome } from '$lib/schemas/feeding-log';
import { fieldErrors, formObject, type FieldErrors } from '$lib/schemas/form-errors';
import { requireRole } from '$lib/server/guards';
import { filledByDb } from '$lib/server/health/health-actions';
import { feedingRefusal } from './feeding-refusals';

/** The roles the feeding_logs insert policy names. */
export const FEEDING_LOGGERS = ['vet', 'keeper'] as const;

/** ActionData `{ feeding }` when refused: which slot, so the message stands next to it. */
export interface FeedingFailure {
	planId: string;
	slot: string;
	errors: FieldErrors;
	values: Record<string, string>;
	message?: string;
}

/**
 * `?/logFeeding`: one feeding of one slot. The key the form was rendered with makes a resent form
 * harmless: the second insert finds the key taken and does nothing (ON CONFLICT DO NOTHING).
 */
export async function logFeeding({ request, locals }: Pick<RequestEvent, 'request' | 'locals'>) {
	await requireRole(locals, ...FEEDING_LOGGERS);
	const values = formObject(await request.formData());
	const failure = (errors: FieldErrors, message?: string) =>
		fail(400, { feeding: { planId: values.dietPlanId ?? '', slot: values.slot ?? '', errors, values, message } satisfies FeedingFailure });
	const parsed = feedingLogSchema.safeParse(values);
	if (!parsed.success) return failure(fieldErrors(parsed.error));
	const f = parsed.data;
	const { error } = await locals.supabase.from('feeding_logs').upsert(
		filledByDb<'feeding_logs', 'centre_id' | 'logged_by'>({
			client_key: f.clientKey,
			diet_plan_id: f.dietPlanId,
			fed_on: f.fedOn,
			slot: f.slot,
			outcome: f.outcome,
			behaviour: f.behaviour,
			stool: f.stool,
			enrichment: f.enrichment,
			concerns: f.concerns,
			alert_vets: f.alertVets
		}),
		{ onConflict: 'client_key', ignoreDuplicates: true }
	);
	if (!error) return { logged: { planId: f.dietPlanId, slot: f.slot, outcome: f.outcome as FeedingOutcome } };
	const refusal = feedingRefusal(error);
	if (!refusal) throw new Error(`logging a feeding failed: ${error.code} ${error.message}`);
	const v = messages(locals.locale).validation;
	return refusal.field === 'form' ? failure({}, v[refusal.key]) : failure({ [refusal.field]: refusal.key });
}
