import { fail } from '@sveltejs/kit';
import type { z } from 'zod';
import { messages } from '$lib/i18n';
import { doseRangeSchema, drugSchema } from '$lib/schemas/drug';
import { fieldErrors, formObject, type FieldErrors } from '$lib/schemas/form-errors';
import { requireRole } from '$lib/server/guards';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	await requireRole(locals, 'admin');
	const { data, error } = await locals.supabase
		.from('drugs')
		.select('id, name, concentration_mg_per_ml, form, notes, drug_dose_ranges(taxon_class, min_mg_per_kg, max_mg_per_kg, source)')
		.order('name');
	if (error) throw new Error(`loading the drug list failed: ${error.code} ${error.message}`);
	return {
		drugs: data.map((d) => ({
			id: d.id,
			name: d.name,
			concentrationMgPerMl: d.concentration_mg_per_ml,
			form: d.form,
			notes: d.notes,
			ranges: d.drug_dose_ranges
				.map((r) => ({ taxonClass: r.taxon_class, min: r.min_mg_per_kg, max: r.max_mg_per_kg, source: r.source }))
				.sort((a, b) => a.taxonClass.localeCompare(b.taxonClass))
		}))
	};
};

type Written = { error: { code: string; message: string } | null };

/**
 * Validates, writes one row, and turns the database's refusals into field messages: `duplicate`
 * names the field a unique violation belongs to (a drug's name, a range's class).
 */
async function add<F extends 'addDrug' | 'addDoseRange', S extends z.ZodType, R>(
	{ request, locals }: { request: Request; locals: App.Locals },
	form: F,
	schema: S,
	duplicate: FieldErrors,
	write: (data: z.output<S>) => PromiseLike<Written>,
	done: (data: z.output<S>) => R
) {
	await requireRole(locals, 'admin');
	const m = messages(locals.locale).drugs;
	const values = formObject(await request.formData());
	const failure = (status: number, errors: FieldErrors, message = m.fixBelow) => fail(status, { form, errors, values, message });
	const parsed = schema.safeParse(values);
	if (!parsed.success) return failure(400, fieldErrors(parsed.error));
	const { error } = await write(parsed.data);
	if (!error) return done(parsed.data);
	if (error.code === '23505') return failure(400, duplicate);
	if (error.code === '23503') return failure(400, { drugId: 'drug_unknown' });
	if (error.code === '42501') return failure(403, {}, m.forbidden);
	// Check constraints the schemas mirror: rare, and nothing was written.
	if (['23514', '23502', '22P02', '22003'].includes(error.code)) {
		console.warn(`the database refused ${form}:`, error.message);
		return failure(400, {}, m.refused);
	}
	throw new Error(`${form} failed: ${error.code} ${error.message}`);
}

export const actions: Actions = {
	addDrug: async (event) =>
		add(
			event,
			'addDrug',
			drugSchema,
			{ name: 'drug_name_taken' },
			(d) => event.locals.supabase.from('drugs').insert({ name: d.name, concentration_mg_per_ml: d.concentrationMgPerMl, form: d.form, notes: d.notes }),
			(d) => ({ drugAdded: d.name })
		),
	addDoseRange: async (event) =>
		add(
			event,
			'addDoseRange',
			doseRangeSchema,
			{ taxonClass: 'dose_range_exists' },
			(r) =>
				event.locals.supabase.from('drug_dose_ranges').insert({
					drug_id: r.drugId,
					taxon_class: r.taxonClass,
					min_mg_per_kg: r.minMgPerKg,
					max_mg_per_kg: r.maxMgPerKg,
					source: r.source
				}),
			() => ({ rangeAdded: true as const })
		)
};
