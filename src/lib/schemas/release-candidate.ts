import { z } from 'zod';
import { issue } from './common';
import { wholeNumber } from './health-fields';

const optionalId = z
	.string()
	.optional()
	.transform((v) => v?.trim() || null)
	.pipe(z.uuid(issue('board_subject_required')).nullable());

/**
 * "Assess for release" on the planning board: one animal, or a number of animals of a group lot
 * (an animal is always one). Whether they are in care and how many the lot holds is the
 * database's to judge (RL310, RL302).
 */
export const releaseCandidateSchema = z
	.object({ animalId: optionalId, lotId: optionalId, count: z.string().optional() })
	.transform((c, ctx) => {
		if ((c.animalId === null) === (c.lotId === null)) {
			ctx.addIssue({ code: 'custom', path: ['form'], message: issue('board_subject_required') });
			return z.NEVER;
		}
		if (c.animalId) return { animalId: c.animalId, lotId: null, count: 1 };
		const count = wholeNumber('count_invalid', 1, 100_000).safeParse(c.count ?? '');
		if (!count.success) {
			ctx.addIssue({ code: 'custom', path: ['count'], message: issue('count_invalid') });
			return z.NEVER;
		}
		return { animalId: null, lotId: c.lotId, count: count.data };
	});

export type ReleaseCandidateInput = z.output<typeof releaseCandidateSchema>;
