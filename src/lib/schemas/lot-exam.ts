import { z } from 'zod';
import { issue, optionalText } from './common';
import { wholeNumber } from './health-fields';
import { pastInstant } from './seizure';

/**
 * An intake exam of a whole lot at once: how many were examined and how many had findings. The
 * database also refuses examining more animals than the lot received.
 */
export const lotExamSchema = z
	.object({
		examinedAt: pastInstant,
		countExamined: wholeNumber('count_invalid', 1, 100_000),
		countWithFindings: wholeNumber('findings_count_invalid', 0, 100_000),
		notes: optionalText(4000, 'text_too_long')
	})
	.refine((e) => e.countWithFindings <= e.countExamined, { path: ['countWithFindings'], message: issue('findings_exceed_examined') });

export type LotExam = z.output<typeof lotExamSchema>;
