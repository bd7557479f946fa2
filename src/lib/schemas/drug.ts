import { z } from 'zod';
import { issue, optionalText, TAXON_CLASSES } from './common';
import { checkbox, requiredDecimal } from './health-fields';

/**
 * A drug of the centre's list (public.drugs). The concentration is part of what the drug is:
 * prescriptions copy it, so another strength is another drug with its own name.
 */
export const drugSchema = z.object({
	name: z.string({ error: issue('drug_name_required') }).trim().min(2, issue('drug_name_required')).max(120, issue('text_too_long')),
	concentrationMgPerMl: requiredDecimal('concentration_invalid', { gt: 0, max: 10_000 }),
	form: z
		.string()
		.optional()
		.transform((v) => v?.trim() ?? '')
		.pipe(z.union([z.literal('').transform(() => null), z.string().min(2, issue('drug_form_too_short')).max(120, issue('text_too_long'))])),
	notes: optionalText(4000, 'text_too_long')
});

export type DrugInput = z.infer<typeof drugSchema>;

/**
 * Editing a drug: only what the database lets the admin change (grant update (form, notes)).
 * Name and concentration stay: prescriptions copy the concentration, so another is another drug.
 */
export const drugDetailsSchema = drugSchema.pick({ form: true, notes: true }).extend({ drugId: z.uuid(issue('drug_required')) });

export type DrugDetailsInput = z.infer<typeof drugDetailsSchema>;

/** Which range: one per drug and class (the primary key of public.drug_dose_ranges). */
const doseRangeKey = z.object({
	drugId: z.uuid(issue('drug_required')),
	taxonClass: z.enum(TAXON_CLASSES, { error: issue('taxon_class_required') })
});

/**
 * The usual mg/kg range of a drug for one class, with where it comes from (public.drug_dose_ranges).
 * Adding one and correcting one send the same fields: a correction rewrites min, max and source.
 */
export const doseRangeSchema = doseRangeKey
	.extend({
		minMgPerKg: requiredDecimal('dose_invalid', { gt: 0, max: 10_000 }),
		maxMgPerKg: requiredDecimal('dose_invalid', { gt: 0, max: 10_000 }),
		// A range without its source cannot be checked by the next vet: never entered from memory.
		source: z.string({ error: issue('dose_range_source_required') }).trim().min(2, issue('dose_range_source_required')).max(2000, issue('text_too_long'))
	})
	.refine((r) => r.maxMgPerKg >= r.minMgPerKg, { message: issue('dose_range_reversed'), path: ['maxMgPerKg'] });

export type DoseRangeInput = z.infer<typeof doseRangeSchema>;

/** Removing a range: prescriptions of the drug for that class then need a reason, so it is confirmed. */
export const removeDoseRangeSchema = doseRangeKey.extend({
	confirm: checkbox.refine((ticked) => ticked, issue('dose_range_remove_unconfirmed'))
});
