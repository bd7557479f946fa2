import { z } from 'zod';
import type { Database } from '$lib/types/database';
import { issue, optionalText } from './common';
import { checkbox, dateText, wholeNumber } from './health-fields';

type Enums = Database['public']['Enums'];

/** public.feeding_outcome; the first three are the round's one-tap buttons. */
export const FEEDING_OUTCOMES = ['eaten_all', 'eaten_part', 'eaten_none', 'withheld'] as const satisfies readonly Enums['feeding_outcome'][];
export type FeedingOutcome = (typeof FEEDING_OUTCOMES)[number];

/** public.stool_observation, in the order the form lists them. */
export const STOOL_OBSERVATIONS = ['normal', 'soft', 'liquid', 'none_seen', 'abnormal'] as const satisfies readonly Enums['stool_observation'][];

/** As the table's checks: an alert or a withheld feeding says why in at least 3 characters. */
export const CONCERNS_MIN = 3;

/**
 * One feeding of one slot of a diet plan, as the round's form sends it. clientKey was generated
 * when the form was rendered: the same form sent twice is one feeding.
 */
export const feedingLogSchema = z
	.object({
		clientKey: z.uuid(issue('client_key_invalid')),
		dietPlanId: z.uuid(issue('diet_plan_not_found')),
		fedOn: dateText,
		slot: wholeNumber('slot_not_in_plan', 1, 12),
		outcome: z.enum(FEEDING_OUTCOMES, { error: issue('outcome_required') }),
		behaviour: optionalText(1000, 'text_too_long'),
		stool: z
			.string()
			.optional()
			.transform((v) => v ?? '')
			.pipe(z.enum(['', ...STOOL_OBSERVATIONS], { error: issue('stool_invalid') }))
			.transform((v) => (v === '' ? null : v)),
		enrichment: optionalText(500, 'text_too_long'),
		concerns: optionalText(2000, 'text_too_long'),
		alertVets: checkbox
	})
	.superRefine((f, ctx) => {
		if ((f.concerns ?? '').length >= CONCERNS_MIN) return;
		if (f.alertVets) ctx.addIssue({ code: 'custom', path: ['concerns'], message: issue('alert_needs_concerns') });
		else if (f.outcome === 'withheld') ctx.addIssue({ code: 'custom', path: ['concerns'], message: issue('withheld_needs_concerns') });
	});
export type FeedingLogInput = z.output<typeof feedingLogSchema>;

/** A vet's review of a keeper's alert: which log (a bigint id, kept as text) and an optional note. */
export const alertReviewSchema = z.object({
	feedingLogId: z.string({ error: issue('alert_not_found') }).regex(/^[1-9]\d{0,17}$/, issue('alert_not_found')),
	note: optionalText(2000, 'text_too_long')
});
