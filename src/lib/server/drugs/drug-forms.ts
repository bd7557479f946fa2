import { fail } from '@sveltejs/kit';
import type { z } from 'zod';
import { messages } from '$lib/i18n';
import { fieldErrors, formObject, type FieldErrors } from '$lib/schemas/form-errors';
import { requireRole } from '$lib/server/guards';

/** The named form actions of /admin/drugs. */
export type DrugFormName = 'addDrug' | 'editDrug' | 'addDoseRange' | 'correctDoseRange' | 'removeDoseRange';

/** ActionData of a refused drug form: which form, its field messages and what was typed. */
export interface DrugFormFailure {
	form: DrugFormName;
	errors: FieldErrors;
	values: Record<string, string>;
	message: string;
}

type DbError = { code: string; message: string };
export type Written = { error: DbError | null };

/** An UPDATE or DELETE that matched no row: RLS hid it, or someone removed it meanwhile. */
const NOTHING_MATCHED = 'nothing_matched';

/** Awaits an UPDATE/DELETE with `.select()`, and makes "no row changed" an error of its own. */
export async function oneRow(query: PromiseLike<{ data: unknown[] | null; error: DbError | null }>): Promise<Written> {
	const { data, error } = await query;
	if (error) return { error };
	return data && data.length > 0 ? { error: null } : { error: { code: NOTHING_MATCHED, message: 'no row matched' } };
}

/**
 * Validates, writes one row, and turns the database's refusals into field messages: `refusals`
 * names the field a unique violation (`duplicate`) or a vanished row (`missing`) belongs to.
 */
export async function saveDrugForm<S extends z.ZodType, R>(
	{ request, locals }: { request: Request; locals: App.Locals },
	form: DrugFormName,
	schema: S,
	refusals: { duplicate?: FieldErrors; missing?: FieldErrors },
	write: (data: z.output<S>) => PromiseLike<Written>,
	done: (data: z.output<S>) => R
) {
	await requireRole(locals, 'admin');
	const m = messages(locals.locale).drugs;
	const values = formObject(await request.formData());
	const failure = (status: number, errors: FieldErrors, message = m.fixBelow) =>
		fail(status, { form, errors, values, message } satisfies DrugFormFailure);
	const parsed = schema.safeParse(values);
	if (!parsed.success) return failure(400, fieldErrors(parsed.error));
	const { error } = await write(parsed.data);
	if (!error) return done(parsed.data);
	if (error.code === '23505' && refusals.duplicate) return failure(400, refusals.duplicate);
	if (error.code === NOTHING_MATCHED || error.code === '23503') return failure(400, refusals.missing ?? { drugId: 'drug_unknown' });
	if (error.code === '42501') return failure(403, {}, m.forbidden);
	// Check constraints the schemas mirror: rare, and nothing was written.
	if (['23514', '23502', '22P02', '22003'].includes(error.code)) {
		console.warn(`the database refused ${form}:`, error.message);
		return failure(400, {}, m.refused);
	}
	throw new Error(`${form} failed: ${error.code} ${error.message}`);
}
