import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { localInputToIso } from '$lib/domain/centre-time';
import { messages } from '$lib/i18n';
import { fieldErrors, formObject, type FieldErrors } from '$lib/schemas/form-errors';
import { releaseEventSchema, subjectsForDb, subjectsFromForm } from '$lib/schemas/release-event';
import { requireRole } from '$lib/server/guards';
import { RELEASE_RECORDERS } from './board-data';
import { releaseEventRefusal } from './release-event-refusals';

/** ActionData when refused: the form comes back as typed, with the ticked assessments. */
export interface ReleaseEventFailure {
	errors: FieldErrors;
	values: Record<string, string>;
	chosen: string[];
	photoIds: string[];
	message: string;
}

/**
 * `?/record`: one release of the ticked approved assessments, all or nothing (record_release()),
 * then its page. The client key the form was rendered with makes a resent form return the
 * release already recorded instead of recording it twice.
 */
export async function recordRelease({ request, locals }: Pick<RequestEvent, 'request' | 'locals'>) {
	await requireRole(locals, ...RELEASE_RECORDERS);
	const m = messages(locals.locale);
	const data = await request.formData();
	const values = formObject(data);
	const subjects = subjectsFromForm(data);
	const photoIds = data.getAll('photoIds').filter((id): id is string => typeof id === 'string');
	const failure = (errors: FieldErrors, message = m.release.fixBelow) =>
		fail(400, { errors, values, chosen: subjects.map((s) => s.assessmentId), photoIds, message } satisfies ReleaseEventFailure);

	const input = { ...values, occurredAt: values.occurredAt ? (localInputToIso(values.occurredAt) ?? values.occurredAt) : undefined, subjects, photoIds };
	const parsed = releaseEventSchema.safeParse(input);
	if (!parsed.success) return failure(fieldErrors(parsed.error));
	const r = parsed.data;
	const { data: eventId, error } = await locals.supabase.rpc('record_release', {
		p_occurred_at: r.occurredAt,
		p_site_name: r.siteName,
		p_latitude: r.latitude,
		p_longitude: r.longitude,
		p_method: r.method,
		p_team_members: r.teamMembers,
		p_subjects: subjectsForDb(r.subjects),
		p_protected_area: r.protectedArea ?? undefined,
		p_outside_bounds_reason: r.outsideBoundsReason ?? undefined,
		p_notes: r.notes ?? undefined,
		p_photo_ids: r.photoIds,
		p_client_key: r.clientKey
	});
	if (error) {
		const refusal = releaseEventRefusal(error);
		if (!refusal) throw new Error(`recording a release failed: ${error.code} ${error.message}`);
		return refusal.field === 'form' ? failure({}, m.validation[refusal.key]) : failure({ [refusal.field]: refusal.key });
	}
	redirect(303, `/release/events/${eventId}?recorded=1`);
}
