import { z } from 'zod';
import { issue, optionalText } from './common';
import { decimalText } from './health-fields';
import { pastInstant } from './seizure';

export const ADMINISTRATION_OUTCOMES = ['given', 'refused', 'missed'] as const;

/** One dose given, refused or missed; the actual volume only (and always) when given. */
export const administrationSchema = z
	.object({
		prescriptionId: z.uuid(issue('prescription_required')),
		givenAt: pastInstant,
		outcome: z.enum(ADMINISTRATION_OUTCOMES, { error: issue('outcome_invalid') }),
		actualMl: decimalText('actual_ml_invalid', { gt: 0, max: 10_000 }),
		notes: optionalText(2000, 'text_too_long')
	})
	.refine((a) => a.outcome !== 'given' || a.actualMl !== null, { message: issue('actual_ml_required'), path: ['actualMl'] })
	.refine((a) => a.outcome === 'given' || a.actualMl === null, { message: issue('actual_ml_not_allowed'), path: ['actualMl'] });

export type AdministrationInput = z.infer<typeof administrationSchema>;
