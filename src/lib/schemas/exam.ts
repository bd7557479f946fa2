import { z } from 'zod';
import { toGrams } from '$lib/domain/dose';
import { issue, optionalText } from './common';
import { checkbox, decimalText, wholeNumber } from './health-fields';
import { pastInstant } from './seizure';

/** public.body_system, in the order the form lists them. */
export const BODY_SYSTEMS = [
	'general', 'integument', 'shell', 'eyes', 'ears_nose_throat', 'oral_cavity', 'respiratory',
	'cardiovascular', 'digestive', 'urogenital', 'musculoskeletal', 'nervous', 'lymphatic'
] as const;
export type BodySystem = (typeof BODY_SYSTEMS)[number];

/**
 * One exam as the form sends it: strings, the weight in g or kg, findings as `finding_<system>`.
 * The output is what public.exams takes, with the weight in grams. The species maximum and the
 * class ceiling are the database's to judge (it knows the species): see prepare_exam().
 */
export const examSchema = z
	.object({
		examinedAt: pastInstant,
		weight: decimalText('weight_invalid', { gt: 0, max: 8_000_000 }),
		weightUnit: z.enum(['g', 'kg'], { error: issue('weight_unit_invalid') }).default('g'),
		weightConfirmed: checkbox,
		bodyConditionScore: z
			.string()
			.optional()
			.transform((v) => v?.trim() ?? '')
			.pipe(z.union([z.literal('').transform(() => null), wholeNumber('bcs_invalid', 1, 5)])),
		temperatureC: decimalText('temperature_invalid', { min: 2, max: 46 }),
		findings: z.partialRecord(z.enum(BODY_SYSTEMS), z.string().trim().max(2000, issue('text_too_long'))).default({}),
		assessment: optionalText(4000, 'text_too_long'),
		plan: optionalText(4000, 'text_too_long')
	})
	.transform(({ weight, weightUnit, findings, ...rest }) => ({
		...rest,
		weightG: weight === null ? null : toGrams(weight, weightUnit),
		findings: Object.fromEntries(Object.entries(findings).filter(([, text]) => text !== '')) as Partial<Record<BodySystem, string>>
	}));

export type ExamInput = z.infer<typeof examSchema>;

/** `finding_respiratory=…` form fields → the findings object the schema reads. */
export function findingsFromForm(values: Record<string, string>): Record<string, string> {
	return Object.fromEntries(BODY_SYSTEMS.map((s) => [s, values[`finding_${s}`] ?? '']));
}
