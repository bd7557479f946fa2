import { fail, type RequestEvent } from '@sveltejs/kit';
import { isoToLocalInput } from '$lib/domain/centre-time';
import { messages } from '$lib/i18n';
import type { FieldErrors } from '$lib/schemas/form-errors';
import { requireRole } from '$lib/server/guards';
import type { StaffMember } from '$lib/server/session';
import { CARE_ROLES } from './care-roles';
import { recordCustodyEvent } from './custody-events';
import { parseHandoverForm, type HandoverSubject, type HandoverValues } from './handover-form';

/** ActionData of `?/handover`. */
export interface HandoverFailure {
	errors: FieldErrors;
	values: HandoverValues;
	message?: string;
}
export interface HandoverRecorded {
	position: number;
	rowHash: string;
}

/**
 * The body of a `?/handover` action: `return handoverAction(event, { animalCode })`. Without a
 * fixed subject the form's hidden animalCode/lotId/itemId/caseId field names it; RLS and the
 * ledger's triggers judge it either way. Answers `{ handoverRecorded }` or fail(…, { handover }).
 */
export async function handoverAction({ request, locals }: Pick<RequestEvent, 'request' | 'locals'>, fixed?: HandoverSubject) {
	await requireRole(locals, ...CARE_ROLES);
	const m = messages(locals.locale).handover;
	const form = parseHandoverForm(await request.formData(), fixed);
	if (!form.ok) return fail(400, { handover: { errors: form.errors, values: form.values } satisfies HandoverFailure });

	const result = await recordCustodyEvent(locals.supabase, form.input);
	if (result.ok) {
		return { handoverRecorded: { position: result.event.position, rowHash: result.event.rowHash } satisfies HandoverRecorded };
	}
	const failure = (status: number, message: string) =>
		fail(status, { handover: { errors: {}, values: form.values, message } satisfies HandoverFailure });
	switch (result.refusal.kind) {
		case 'subject_not_found':
			return failure(404, m.notFound);
		case 'forbidden':
			return failure(403, m.forbidden);
		case 'invalid':
			// The schema mirrors the table's checks, so this is rare: log the database's words.
			console.warn('the ledger refused a handover:', result.refusal.message);
			return failure(400, m.refused);
	}
}

/** What a fresh form shows: now (centre time) and the signed-in staff member as the receiver. */
export function handoverDefaults(staff: StaffMember): Partial<HandoverValues> {
	return {
		occurredAt: isoToLocalInput(new Date().toISOString()),
		toName: staff.fullName,
		// As record_seizure names the receiver: their own agency, else the centre they work for.
		toAgency: staff.agency ?? staff.centreName,
		toIdNumber: staff.idNumber ?? ''
	};
}
