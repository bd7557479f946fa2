import { z } from 'zod';
import { LOCALES } from '$lib/i18n/locale';
import { issue } from './common';

/** A yes/no switch in a query string: `1` is yes; absent or `0` is no. */
const flag = z
	.enum(['0', '1'], { error: issue('invalid') })
	.optional()
	.transform((v) => v === '1');

/** The query of GET /api/v1/cases/{id}/evidence.pdf: the sheet's language and what it includes. */
export const evidenceSheetQuerySchema = z.object({
	lang: z.enum(LOCALES, { error: issue('language_invalid') }).default('en'),
	veterinary: flag,
	offender: flag
});
export type EvidenceSheetQuery = z.output<typeof evidenceSheetQuerySchema>;
