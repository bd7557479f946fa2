import { z } from 'zod';
import { issue, optionalText } from './common';
import { dateText, reasonText, requiredDecimal, wholeNumber } from './health-fields';

/** public.drug_route, in the order the form lists them. */
export const DRUG_ROUTES = ['oral', 'sc', 'im', 'iv', 'intracoelomic', 'intraosseous', 'topical', 'ophthalmic', 'nebulised'] as const;
export type DrugRoute = (typeof DRUG_ROUTES)[number];

/**
 * A prescription as the form sends it. Weight, volume and prescriber are not in here: the database
 * fills them (prepare_prescription()) and decides whether the reasons are needed.
 */
export const prescriptionSchema = z.object({
	drugId: z.uuid(issue('drug_required')),
	// numeric(10, 4) in prescriptions: a fifth decimal would be rounded away unseen.
	doseMgPerKg: requiredDecimal('dose_invalid', { gt: 0, max: 10_000, decimals: 4 }),
	route: z.enum(DRUG_ROUTES, { error: issue('route_invalid') }),
	frequencyPerDay: wholeNumber('frequency_invalid', 1, 24),
	everyDays: z
		.string()
		.optional()
		.transform((v) => (v?.trim() ? v : '1'))
		.pipe(wholeNumber('every_days_invalid', 1, 30)),
	durationDays: wholeNumber('duration_invalid', 1, 365),
	startsOn: dateText,
	weightAgeOverrideReason: reasonText,
	outOfRangeReason: reasonText,
	notes: optionalText(4000, 'text_too_long')
});

export type PrescriptionInput = z.infer<typeof prescriptionSchema>;

/** Stopping a prescription: the only change a prescription takes. */
export const stopPrescriptionSchema = z.object({
	prescriptionId: z.uuid(issue('prescription_required')),
	stopReason: z.string({ error: issue('stop_reason_required') }).trim().min(2, issue('stop_reason_required')).max(1000, issue('text_too_long'))
});
