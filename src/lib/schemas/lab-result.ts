import { z } from 'zod';
import type { ValidationKey } from '$lib/i18n';
import type { Database } from '$lib/types/database';
import { issue, optionalText } from './common';
import { normaliseDigits, reasonText } from './health-fields';
import { pastInstant } from './seizure';

type Enums = Database['public']['Enums'];

/** public.lab_sample_type and public.lab_flag, in the order the form lists them. */
export const LAB_SAMPLE_TYPES = ['blood', 'faeces', 'urine', 'swab', 'tissue', 'skin_scraping', 'other'] as const satisfies readonly Enums['lab_sample_type'][];
export const LAB_FLAGS = ['normal', 'low', 'high', 'abnormal', 'critical'] as const satisfies readonly Enums['lab_flag'][];
export type LabSampleType = (typeof LAB_SAMPLE_TYPES)[number];
export type LabFlag = (typeof LAB_FLAGS)[number];

/**
 * A lab value typed in a form: may be negative (a base excess of -4), nine digits before the
 * point and six after, as public.lab_results stores them. "" is null; a comma is refused.
 */
const labNumber = (key: ValidationKey) =>
	z
		.string()
		.optional()
		.transform((v, ctx) => {
			const text = normaliseDigits(v ?? '');
			if (text === '') return null;
			if (!/^-?\d{1,9}(\.\d{1,6})?$/.test(text)) {
				ctx.addIssue({ code: 'custom', message: issue(key) });
				return z.NEVER;
			}
			return Number(text);
		});

/** A hidden id: "" (none) is null. Not a union: its error would lose the message key. */
const optionalUuid = (key: ValidationKey) =>
	z
		.string()
		.optional()
		.transform((v) => v?.trim() ?? '')
		.refine((v) => v === '' || z.uuid().safeParse(v).success, issue(key))
		.transform((v) => (v === '' ? null : v));

/**
 * One lab result as the form sends it. The rules the database also enforces (one kind of value,
 * the unit, the range's order, result after collection) are checked here first, so the vet sees
 * every message at once; the flag of a number with a range is the database's (prepare_lab_result()).
 */
export const labResultSchema = z
	.object({
		testName: z.string({ error: issue('lab_test_required') }).trim().min(1, issue('lab_test_required')).max(200, issue('text_too_long')),
		sampleType: z.enum(LAB_SAMPLE_TYPES, { error: issue('lab_sample_type_invalid') }),
		collectedAt: pastInstant,
		resultedAt: pastInstant,
		laboratory: optionalText(200, 'text_too_long'),
		value: labNumber('lab_value_invalid'),
		unit: optionalText(40, 'text_too_long'),
		resultText: optionalText(2000, 'text_too_long'),
		rangeLow: labNumber('lab_range_invalid'),
		rangeHigh: labNumber('lab_range_invalid'),
		flag: z
			.enum(['', ...LAB_FLAGS], { error: issue('lab_flag_invalid') })
			.optional()
			.transform((v) => (v ? v : null)),
		notes: optionalText(4000, 'text_too_long'),
		necropsyId: optionalUuid('lab_necropsy_mismatch'),
		correctsId: optionalUuid('lab_correction_invalid'),
		correctionReason: reasonText
	})
	.superRefine((r, ctx) => {
		const add = (path: string, key: ValidationKey) => ctx.addIssue({ code: 'custom', path: [path], message: issue(key) });
		if (r.value === null && r.resultText === null) add('value', 'lab_value_required');
		if (r.value !== null && r.resultText !== null) add('resultText', 'lab_value_both');
		if (r.value !== null && r.unit === null) add('unit', 'lab_unit_required');
		if (r.value === null && r.unit !== null && r.resultText !== null) add('unit', 'lab_unit_without_value');
		if (r.value === null && (r.rangeLow !== null || r.rangeHigh !== null)) add('rangeLow', 'lab_range_without_value');
		if (r.rangeLow !== null && r.rangeHigh !== null && r.rangeLow > r.rangeHigh) add('rangeHigh', 'lab_range_reversed');
		if (Date.parse(r.resultedAt) < Date.parse(r.collectedAt)) add('resultedAt', 'lab_resulted_before_collected');
		if (r.correctsId !== null && r.correctionReason === null) add('correctionReason', 'lab_correction_reason_required');
	});

export type LabResultInput = z.output<typeof labResultSchema>;
