import { fail, type RequestEvent } from '@sveltejs/kit';
import { messages } from '$lib/i18n';
import { fieldErrors, formObject, type FieldErrors } from '$lib/schemas/form-errors';
import { monitoringEntrySchema } from '$lib/schemas/release-monitoring';
import { requireRole } from '$lib/server/guards';
import { filledByDb } from '$lib/server/health/health-actions';
import { MONITORING_ROLES } from './monitoring-data';
import { refusalFrom } from '$lib/server/db-refusal';

/** ActionData `{ addEntry }` when refused: which release's form, so the message stands next to it. */
export interface MonitoringFailure {
	eventId: string;
	errors: FieldErrors;
	values: Record<string, string>;
	message: string;
}

/** The release_monitoring insert trigger's refusals (20261124020300). */
const REFUSALS = {
	RL322: { field: 'dispositionId', key: 'monitoring_not_released' },
	RL323: { field: 'observedOn', key: 'monitoring_before_release' },
	RL010: { field: 'observedOn', key: 'monitoring_in_future' },
	// The disposition exists but is not in a case open to the caller.
	'23503': { field: 'dispositionId', key: 'monitoring_not_released' },
	'42501': { field: 'form', key: 'monitoring_forbidden' }
} as const;

/** `?/addEntry`: one monitoring entry of one release's animals, a single insert. */
export async function addMonitoringEntry({ request, locals }: Pick<RequestEvent, 'request' | 'locals'>) {
	await requireRole(locals, ...MONITORING_ROLES);
	const m = messages(locals.locale);
	const values = formObject(await request.formData());
	const failure = (errors: FieldErrors, message = m.release.entryNotSaved) =>
		fail(400, { addEntry: { eventId: values.eventId ?? '', errors, values, message } satisfies MonitoringFailure });
	const parsed = monitoringEntrySchema.safeParse(values);
	if (!parsed.success) return failure(fieldErrors(parsed.error));
	const e = parsed.data;
	const { error } = await locals.supabase.from('release_monitoring').insert(
		filledByDb<'release_monitoring', 'case_id'>({
			disposition_id: e.dispositionId,
			observed_on: e.observedOn,
			method: e.method,
			location: e.location,
			latitude: e.latitude,
			longitude: e.longitude,
			condition: e.condition,
			animals_seen: e.animalsSeen,
			notes: e.notes,
			client_key: e.clientKey
		})
	);
	// The same form resent (the first answer was lost on the way): that entry is already saved.
	if (error?.code === '23505' && error.message.includes('client_key')) return { entryAdded: { eventId: values.eventId ?? '' } };
	if (error) {
		const refusal = refusalFrom(REFUSALS, error, 'a monitoring entry');
		if (!refusal) throw new Error(`adding a monitoring entry failed: ${error.code} ${error.message}`);
		return refusal.field === 'form' ? failure({}, m.validation[refusal.key]) : failure({ [refusal.field]: refusal.key });
	}
	return { entryAdded: { eventId: values.eventId ?? '' } };
}
