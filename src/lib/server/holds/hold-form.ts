import { fail, type RequestEvent } from '@sveltejs/kit';
import type { z } from 'zod';
import { messages } from '$lib/i18n';
import { fieldErrors, formObject, type FieldErrors } from '$lib/schemas/form-errors';
import { holdRefusal } from './hold-refusals';

/** ActionData of a refused hold form: `{ placeHold | liftHold: HoldFailure }`. */
export interface HoldFailure {
	errors: FieldErrors;
	values: Record<string, string>;
	message?: string;
}
export type HoldEvent = Pick<RequestEvent, 'request' | 'locals'>;
type Written = { error: { code: string; message: string } | null };

/**
 * Validates the posted form with `schema`, writes with `write` (one INSERT or UPDATE: nothing is
 * half-written, and bad input never reaches the database), and turns the database's refusals into
 * messages next to the field they concern. Null when written.
 */
export async function runHoldForm<F extends string, S extends z.ZodType>(
	{ request, locals }: HoldEvent,
	form: F,
	schema: S,
	write: (data: z.output<S>) => PromiseLike<Written>
) {
	const m = messages(locals.locale);
	const values = formObject(await request.formData());
	const failure = (status: number, errors: FieldErrors, message?: string) =>
		fail(status, { [form]: { errors, values, message } } as Record<F, HoldFailure>);
	const parsed = schema.safeParse(values);
	if (!parsed.success) return failure(400, fieldErrors(parsed.error), m.holds.fixBelow);
	const { error } = await write(parsed.data);
	if (!error) return null;
	const refusal = holdRefusal(error);
	if (!refusal) throw new Error(`${form} failed: ${error.code} ${error.message}`);
	switch (refusal.kind) {
		case 'field':
			return refusal.field === 'form'
				? failure(refusal.status, {}, m.validation[refusal.key])
				: failure(refusal.status, { [refusal.field]: refusal.key }, m.holds.fixBelow);
		case 'forbidden':
			return failure(403, {}, m.holds.forbidden);
		case 'invalid':
			console.warn(`the database refused ${form}:`, refusal.message);
			return failure(400, {}, m.holds.refused);
	}
}
