import { z } from 'zod';
import { issue, optionalText, TAXON_CLASSES } from './common';
import { requiredDecimal } from './health-fields';

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

/** The usual mg/kg range of a drug for one class, with where it comes from (public.drug_dose_ranges). */
export const doseRangeSchema = z
	.object({
		drugId: z.uuid(issue('drug_required')),
		taxonClass: z.enum(TAXON_CLASSES, { error: issue('taxon_class_required') }),
		minMgPerKg: requiredDecimal('dose_invalid', { gt: 0, max: 10_000 }),
		maxMgPerKg: requiredDecimal('dose_invalid', { gt: 0, max: 10_000 }),
		// A range without its source cannot be checked by the next vet: never entered from memory.
		source: z.string({ error: issue('dose_range_source_required') }).trim().min(2, issue('dose_range_source_required')).max(2000, issue('text_too_long'))
	})
	.refine((r) => r.maxMgPerKg >= r.minMgPerKg, { message: issue('dose_range_reversed'), path: ['maxMgPerKg'] });

export type DoseRangeInput = z.infer<typeof doseRangeSchema>;
