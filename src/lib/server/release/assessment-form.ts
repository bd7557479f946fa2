import { fail, type RequestEvent } from '@sveltejs/kit';
import type { z } from 'zod';
import { messages, type ValidationKey } from '$lib/i18n';
import { fieldErrors, type FieldErrors } from '$lib/schemas/form-errors';
import { assessmentRefusal } from './assessment-refusals';

/** ActionData of one assessment form: `{ [form]: AssessmentFailure }` on refusal. */
export interface AssessmentFailure {
	errors: FieldErrors;
	values: Record<string, string>;
	message?: string;
	/** The assessment changed since the form was rendered: show it as it is now, not what was sent. */
	stale?: boolean;
}

export type AssessmentEvent = Pick<RequestEvent, 'request' | 'locals'>;
export type DbError = { code: string; message: string; hint?: string | null };

/** Fields the reader cannot see or fix by typing: a refusal about them goes on top of the form. */
const HIDDEN = new Set(['form', 'revision', 'step', 'intent']);

const STATUS: Record<string, number> = { RL311: 409, '42501': 403, PT404: 404 };

/**
 * Validates with `schema`, writes with `write` (one RPC or UPDATE, so nothing is half-written) and
 * turns the database's refusals into messages next to their fields. `alreadyDone` says whether a
 * refusal only means the same form was sent twice on a poor connection and the first one counted:
 * then it is a success.
 */
export async function runAssessmentForm<F extends string, S extends z.ZodType>(
	{ locals }: AssessmentEvent,
	form: F,
	values: Record<string, string>,
	schema: S,
	write: (data: z.output<S>) => PromiseLike<{ error: DbError | null }>,
	alreadyDone?: (data: z.output<S>, error: DbError) => Promise<boolean>
) {
	const m = messages(locals.locale);
	const failure = (status: number, errors: FieldErrors, extra: Partial<AssessmentFailure> = {}) => {
		const hidden = Object.entries(errors).find(([field]) => HIDDEN.has(field))?.[1];
		const shown = Object.fromEntries(Object.entries(errors).filter(([field]) => !HIDDEN.has(field))) as FieldErrors;
		const message = hidden ? m.validation[hidden as ValidationKey] : m.releaseAssessment.fixBelow;
		return fail(status, { [form]: { errors: shown, values, message, ...extra } } as Record<F, AssessmentFailure>);
	};

	const parsed = schema.safeParse(values);
	if (!parsed.success) return failure(400, fieldErrors(parsed.error));
	const { error } = await write(parsed.data);
	if (!error) return null;
	const refusal = assessmentRefusal(error);
	if (!refusal) throw new Error(`${form} failed: ${error.code} ${error.message}`);
	if (alreadyDone && (await alreadyDone(parsed.data, error))) return null;
	return failure(STATUS[error.code] ?? 400, { [refusal.field]: refusal.key }, { stale: error.code === 'RL311' || undefined });
}
