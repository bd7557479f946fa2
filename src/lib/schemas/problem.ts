import { z } from 'zod';
import { issue, optionalText } from './common';
import { dateText } from './health-fields';

/** A problem or diagnosis of one animal (public.problems). */
export const problemSchema = z
	.object({
		title: z.string({ error: issue('problem_title_required') }).trim().min(2, issue('problem_title_required')).max(200, issue('text_too_long')),
		startedOn: dateText,
		resolvedOn: z
			.string()
			.optional()
			.transform((v) => v?.trim() ?? '')
			.pipe(z.union([z.literal('').transform(() => null), dateText])),
		notes: optionalText(4000, 'text_too_long')
	})
	.refine((p) => p.resolvedOn === null || p.resolvedOn >= p.startedOn, { message: issue('resolved_before_start'), path: ['resolvedOn'] });

export type ProblemInput = z.infer<typeof problemSchema>;

/**
 * Resolving an open problem: the day it ended, not after `today` (the centre's, from the caller:
 * the schema is shared with the browser, whose clock and zone may differ).
 */
export const resolveProblemSchema = (today: string) =>
	z.object({
		problemId: z.uuid(issue('problem_required')),
		resolvedOn: dateText.refine((v) => v <= today, issue('resolved_in_future'))
	});
