import { z } from 'zod';

/** The rules a move may break; each needs the recorded reason (move_to_enclosure() agrees). */
export const MOVE_RULES = ['over_capacity', 'class_not_suited', 'quarantine_not_cleared', 'never_quarantined'] as const;
export type MoveRule = (typeof MOVE_RULES)[number];

export const OVERRIDE_REASON_MIN = 5;

/** The move form: where to, and the reason when the database says a rule is broken. */
export const enclosureMoveSchema = z.object({
	enclosureId: z.uuid('enclosure_required'),
	overrideReason: z
		.string()
		.trim()
		.max(1000, 'text_too_long')
		.refine((v) => v === '' || v.length >= OVERRIDE_REASON_MIN, 'override_reason_too_short')
		.transform((v) => v || null)
});

export type EnclosureMove = z.output<typeof enclosureMoveSchema>;
