import { z } from 'zod';
import { issue, optionalText } from './common';

/** Putting a case on evidence hold (public.evidence_holds): why, and the court's reference if one exists yet. */
export const placeHoldSchema = z.object({
	reason: z
		.string({ error: issue('hold_reason_required') })
		.trim()
		.min(1, issue('hold_reason_required'))
		.min(5, issue('hold_reason_too_short'))
		.max(2000, issue('hold_reason_too_long')),
	courtReference: optionalText(200, 'hold_court_reference_too_long')
});

export type PlaceHoldInput = z.infer<typeof placeHoldSchema>;

/**
 * Lifting the hold in force. The hold's id comes from the page, so a hold placed after the page
 * was read is never lifted by mistake; the box is the confirmation step, needed without JavaScript too.
 */
export const liftHoldSchema = z.object({
	holdId: z.uuid(issue('hold_unknown')),
	liftCourtReference: z
		.string({ error: issue('hold_lift_reference_required') })
		.trim()
		.min(1, issue('hold_lift_reference_required'))
		.max(200, issue('hold_court_reference_too_long')),
	liftNotes: optionalText(2000, 'hold_lift_notes_too_long'),
	confirm: z.literal('on', { error: issue('hold_lift_unconfirmed') })
});

export type LiftHoldInput = z.infer<typeof liftHoldSchema>;
