import { doseRangeSchema, drugDetailsSchema, drugSchema, removeDoseRangeSchema } from '$lib/schemas/drug';
import { oneRow, saveDrugForm } from '$lib/server/drugs/drug-forms';
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

/** A range is named by its drug and class, the table's primary key. */
const rangeMissing = { taxonClass: 'dose_range_unknown' } as const;

export const actions: Actions = {
	addDrug: async (event) =>
		saveDrugForm(
			event,
			'addDrug',
			drugSchema,
			{ duplicate: { name: 'drug_name_taken' } },
			(d) => event.locals.supabase.from('drugs').insert({ name: d.name, concentration_mg_per_ml: d.concentrationMgPerMl, form: d.form, notes: d.notes }),
			(d) => ({ drugAdded: d.name })
		),
	// Form and notes only: the database grants nothing else on drugs (the concentration is copied into prescriptions).
	editDrug: async (event) =>
		saveDrugForm(
			event,
			'editDrug',
			drugDetailsSchema,
			{},
			(d) => oneRow(event.locals.supabase.from('drugs').update({ form: d.form, notes: d.notes }).eq('id', d.drugId).select('id')),
			(d) => ({ drugUpdated: d.drugId })
		),
	addDoseRange: async (event) =>
		saveDrugForm(
			event,
			'addDoseRange',
			doseRangeSchema,
			{ duplicate: { taxonClass: 'dose_range_exists' } },
			(r) =>
				event.locals.supabase.from('drug_dose_ranges').insert({
					drug_id: r.drugId,
					taxon_class: r.taxonClass,
					min_mg_per_kg: r.minMgPerKg,
					max_mg_per_kg: r.maxMgPerKg,
					source: r.source
				}),
			() => ({ rangeAdded: true as const })
		),
	// An UPDATE in place, not delete-and-insert: one statement, so a refused correction leaves the old range whole.
	correctDoseRange: async (event) =>
		saveDrugForm(
			event,
			'correctDoseRange',
			doseRangeSchema,
			{ missing: rangeMissing },
			(r) =>
				oneRow(
					event.locals.supabase
						.from('drug_dose_ranges')
						.update({ min_mg_per_kg: r.minMgPerKg, max_mg_per_kg: r.maxMgPerKg, source: r.source })
						.eq('drug_id', r.drugId)
						.eq('taxon_class', r.taxonClass)
						.select('drug_id')
				),
			(r) => ({ rangeCorrected: { drugId: r.drugId, taxonClass: r.taxonClass } })
		),
	removeDoseRange: async (event) =>
		saveDrugForm(
			event,
			'removeDoseRange',
			removeDoseRangeSchema,
			{ missing: rangeMissing },
			(r) => oneRow(event.locals.supabase.from('drug_dose_ranges').delete().eq('drug_id', r.drugId).eq('taxon_class', r.taxonClass).select('drug_id')),
			(r) => ({ rangeRemoved: { drugId: r.drugId, taxonClass: r.taxonClass } })
		)
};
