import { fail, type RequestEvent } from '@sveltejs/kit';
import type { z } from 'zod';
import { messages } from '$lib/i18n';
import { animalDispositionSchema, itemDispositionSchema, lotDispositionSchema, type DispositionInput } from '$lib/schemas/disposition';
import { fieldErrors, formObject, type FieldErrors } from '$lib/schemas/form-errors';
import { requireRole } from '$lib/server/guards';
import { instant } from '$lib/server/health/health-actions';
import type { Database } from '$lib/types/database';
import { dispositionRefusal } from './disposition-refusals';
import { animalKindsFor, DISPOSITION_ROLES, itemKindsFor } from './disposition-roles';

/** ActionData of a refused disposition form: `{ disposition }` or `{ itemDisposition }`. */
export interface DispositionFailure {
	errors: FieldErrors;
	values: Record<string, string>;
	message?: string;
}
export interface DispositionRecorded {
	kind: DispositionInput['kind'];
	count: number;
}

type Subject = { animalId: string } | { lotId: string } | { itemId: string };
type Event = Pick<RequestEvent, 'request' | 'locals'>;
type Args = Database['public']['Functions']['record_disposition']['Args'];

/** The `?/recordDisposition` action of the animal and lot pages. */
export async function recordDisposition(event: Event, subject: { animalId: string } | { lotId: string }) {
	const staff = await requireRole(event.locals, ...DISPOSITION_ROLES);
	const values = formObject(await event.request.formData());
	const schema = 'lotId' in subject ? lotDispositionSchema : animalDispositionSchema;
	const result = await dispose(event, 'disposition', values, schema, subject, animalKindsFor(staff.role));
	if (!result.ok) return result.failure;
	return { dispositionRecorded: { kind: result.kind, count: result.count } satisfies DispositionRecorded };
}

/** The case page's `?/disposeItem`: one item of this case (checked by the caller) handed over or destroyed. */
export async function disposeItem(event: Event, itemId: string) {
	const staff = await requireRole(event.locals, 'admin');
	const values = formObject(await event.request.formData());
	const result = await dispose(event, 'itemDisposition', values, itemDispositionSchema, { itemId }, itemKindsFor(staff.role));
	if (!result.ok) return result.failure;
	return { itemDisposed: { itemId, kind: result.kind } };
}

/**
 * Validates, checks the kind against the role (the database does too, but a forged form gets a
 * sentence, not an error page) and records it in one call, whose refusals become messages next to
 * the field they concern. Nothing is written unless every check passed.
 */
async function dispose<F extends string>(
	{ locals }: Event,
	form: F,
	values: Record<string, string>,
	schema: z.ZodType<DispositionInput, unknown>,
	subject: Subject,
	allowed: readonly string[]
) {
	const m = messages(locals.locale).dispositions;
	// The confirmation is asked again after a refusal: it is given for what is finally sent.
	const kept = Object.fromEntries(Object.entries(values).filter(([name]) => name !== 'confirm'));
	const failure = (status: number, errors: FieldErrors, message?: string) =>
		({ ok: false, failure: fail(status, { [form]: { errors, values: kept, message } } as Record<F, DispositionFailure>) }) as const;

	const parsed = schema.safeParse({ ...values, occurredAt: instant(values.occurredAt) });
	if (!parsed.success) return failure(400, fieldErrors(parsed.error), m.fixBelow);
	const d = parsed.data;
	if (!allowed.includes(d.kind)) return failure(403, {}, m.forbidden);

	const { error } = await locals.supabase.rpc('record_disposition', rpcArgs(d, subject));
	if (!error) return { ok: true, kind: d.kind, count: 'count' in d ? d.count : 1 } as const;
	const refusal = dispositionRefusal(error);
	if (!refusal) throw new Error(`${form} failed: ${error.code} ${error.message}`);
	switch (refusal.kind) {
		case 'field':
			return refusal.field === 'form'
				? failure(400, {}, messages(locals.locale).validation[refusal.key])
				: failure(400, { [refusal.field]: refusal.key }, m.fixBelow);
		case 'forbidden':
			return failure(403, {}, m.forbidden);
		case 'not_found':
			return failure(404, {}, m.notFound);
		case 'invalid':
			console.warn(`the database refused ${form}:`, refusal.message);
			return failure(400, {}, m.refused);
	}
}

/** The function's arguments; what a kind does not ask for is left out (null in the database). */
function rpcArgs(d: DispositionInput, subject: Subject): Args {
	const args: Args = {
		p_kind: d.kind,
		p_occurred_at: d.occurredAt,
		p_place: d.place,
		p_notes: d.notes ?? undefined,
		p_client_key: d.clientKey ?? undefined,
		...('animalId' in subject ? { p_animal_id: subject.animalId } : {}),
		...('lotId' in subject ? { p_lot_id: subject.lotId } : {}),
		...('itemId' in subject ? { p_item_id: subject.itemId } : {}),
		...('count' in d ? { p_count: d.count } : {})
	};
	switch (d.kind) {
		case 'died':
			return { ...args, p_found_dead: d.foundDead, p_cause: d.cause };
		case 'euthanized':
			return { ...args, p_reason: d.reason, p_method: d.method, p_authorised_by: d.authorisedBy, p_hold_consent_reference: d.holdConsentReference ?? undefined };
		case 'destroyed':
			return { ...args, p_reason: d.reason, p_method: d.method, p_authorised_by: d.authorisedBy };
		case 'transferred_out':
			return {
				...args,
				p_receiving_organisation: d.receivingOrganisation,
				p_permit_number: d.permitNumber,
				p_received_by_name: d.receivedByName,
				p_received_by_id_number: d.receivedByIdNumber ?? undefined
			};
		case 'escaped':
			return args;
	}
}
