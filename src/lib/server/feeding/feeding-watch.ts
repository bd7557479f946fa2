import { fail, type RequestEvent } from '@sveltejs/kit';
import type { SupabaseClient } from '@supabase/supabase-js';
import { messages } from '$lib/i18n';
import { alertReviewSchema, type FeedingOutcome } from '$lib/schemas/feeding-log';
import { fieldErrors, formObject, type FieldErrors } from '$lib/schemas/form-errors';
import { requireRole } from '$lib/server/guards';
import { filledByDb } from '$lib/server/health/health-actions';
import type { Database } from '$lib/types/database';
import { feedingRefusal } from './feeding-refusals';

/** Who or what a plan feeds and where it is now, as feeding_watch() names it. */
export interface WatchSubject {
	animalId: string | null;
	animalCode: string | null;
	lotId: string | null;
	/** The case of an animal's or a lot's plan; null for an enclosure's. */
	caseId: string | null;
	enclosureId: string | null;
	place: string | null;
	species: string | null;
	speciesKm: string | null;
	inCare: number | null;
}
export interface FeedingWatch {
	/** The latest 200 missed feedings; missedTotal counts them all. */
	missed: { planId: string; day: string; slot: number; time: string; subject: WatchSubject }[];
	missedTotal: number;
	refusing: { planId: string; since: string; lastRefused: string; days: number; subject: WatchSubject }[];
	alerts: { id: number; planId: string; fedOn: string; loggedAt: string; outcome: FeedingOutcome; concerns: string; subject: WatchSubject }[];
}

/** The vets' three feeding lists over the last `days` days, in one database call. */
export async function loadFeedingWatch(supabase: SupabaseClient<Database>, days = 3): Promise<FeedingWatch> {
	const { data, error } = await supabase.rpc('feeding_watch', { p_days: days });
	if (error) throw new Error(`loading the feeding watch failed: ${error.code} ${error.message}`);
	return data as unknown as FeedingWatch;
}

/** ActionData `{ review }` when refused. */
export interface ReviewFailure {
	feedingLogId: string;
	errors: FieldErrors;
	values: { note: string };
	message?: string;
}

/** `?/reviewAlert`: a vet marks a keeper's alert as seen; sent twice, it is still one review. */
export async function reviewAlert({ request, locals }: Pick<RequestEvent, 'request' | 'locals'>) {
	await requireRole(locals, 'vet');
	const raw = formObject(await request.formData());
	const failure = (errors: FieldErrors, message?: string) =>
		fail(400, { review: { feedingLogId: raw.feedingLogId ?? '', errors, values: { note: raw.note ?? '' }, message } satisfies ReviewFailure });
	const parsed = alertReviewSchema.safeParse(raw);
	if (!parsed.success) return failure(fieldErrors(parsed.error));
	const { error } = await locals.supabase
		.from('feeding_alert_reviews')
		.upsert(filledByDb<'feeding_alert_reviews', 'centre_id'>({ feeding_log_id: Number(parsed.data.feedingLogId), note: parsed.data.note }), {
			onConflict: 'feeding_log_id',
			ignoreDuplicates: true
		});
	if (!error) return { reviewed: parsed.data.feedingLogId };
	const refusal = feedingRefusal(error);
	if (!refusal) throw new Error(`reviewing a feeding alert failed: ${error.code} ${error.message}`);
	return failure({}, messages(locals.locale).validation[refusal.key]);
}
