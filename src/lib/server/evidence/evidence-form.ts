import { fail } from '@sveltejs/kit';
import type { z } from 'zod';
import { messages } from '$lib/i18n';
import type { FieldRefusal } from '$lib/server/db-refusal';
import { fieldErrors, formObject, type FieldErrors } from '$lib/schemas/form-errors';

/** The named form actions of /prosecutor, /admin/evidence and /admin/evidence/grants. */
export type EvidenceFormName = 'request' | 'withdraw' | 'issue' | 'decline' | 'issueDirect' | 'grant' | 'changeGrant' | 'revokeGrant';

/** ActionData of a refused form: `{ [form]: EvidenceFormFailure }`, so each form finds its own. */
export interface EvidenceFormFailure {
	errors: FieldErrors;
	values: Record<string, string>;
	message: string;
}

type Posted<S extends z.ZodType> = { ok: true; values: Record<string, string>; data: z.output<S> } | { ok: false; values: Record<string, string>; errors: FieldErrors };

/** The posted form, validated: what was typed goes back into the form when it is refused. */
export async function readForm<S extends z.ZodType>(request: Request, schema: S): Promise<Posted<S>> {
	const values = formObject(await request.formData());
	const parsed = schema.safeParse(values);
	return parsed.success ? { ok: true, values, data: parsed.data } : { ok: false, values, errors: fieldErrors(parsed.error) };
}

/** Refuses a form: field messages next to their inputs, and one sentence above the form. */
export function refuseForm<F extends EvidenceFormName>(
	locals: App.Locals,
	form: F,
	values: Record<string, string>,
	errors: FieldErrors,
	status = 400
) {
	const m = messages(locals.locale);
	const formKey = errors.form;
	const message = formKey ? m.validation[formKey] : m.evidenceRequests.fixBelow;
	return fail(status, { [form]: { errors, values, message } } as Record<F, EvidenceFormFailure>);
}

/** A database refusal as the form's failure: a field's own message, or one for the whole form. */
export function refusedBy<F extends EvidenceFormName>(locals: App.Locals, form: F, values: Record<string, string>, refusal: FieldRefusal, status = 400) {
	return refuseForm(locals, form, values, { [refusal.field]: refusal.key }, status);
}
