import { z } from 'zod';
import { issue } from './common';
import { partySchema, pastInstant } from './seizure';

/** Events that end custody are dispositions (release, transfer, death): they also move counts. */
export const HANDOVER_EVENT_TYPES = ['transported', 'handed_over', 'sampled', 'intake_examined', 'moved', 'received_at_centre'] as const;
/** Events that pass custody from one party to another must name both. */
const BOTH_PARTIES = new Set(['transported', 'received_at_centre', 'handed_over']);

const seals = z.array(z.string().trim().min(1, issue('seal_invalid')).max(60, issue('seal_invalid'))).max(50, issue('seal_invalid')).default([]);
const optionalText = (max: number) =>
	z.string().trim().max(max, issue('text_too_long')).optional().nullable().transform((v) => (v ? v : undefined));

/**
 * One custody event about a case, a lot, an animal (by its code) or an item: the handover form
 * and `POST /api/v1/custody-events` send this. The database fills position, hashes and recorder.
 */
export const custodyEventSchema = z
	.object({
		caseId: z.uuid(issue('subject_required')).optional(),
		lotId: z.uuid(issue('subject_required')).optional(),
		animalCode: z.string().trim().regex(/^[A-Z]{2,4}-\d{4}-\d{6,9}$/, issue('animal_code_invalid')).optional(),
		itemId: z.uuid(issue('subject_required')).optional(),
		eventType: z.enum(HANDOVER_EVENT_TYPES, { error: issue('event_type_invalid') }),
		occurredAt: pastInstant,
		place: z.string({ error: issue('place_required') }).trim().min(2, issue('place_required')).max(500, issue('text_too_long')),
		from: partySchema.optional(),
		to: partySchema,
		purpose: optionalText(1000),
		sealsApplied: seals,
		sealsBroken: seals,
		photoIds: z.array(z.uuid(issue('photo_invalid'))).max(50, issue('photo_invalid')).default([]),
		notes: optionalText(4000),
		correctsEventId: z.uuid(issue('invalid')).optional(),
		correctionReason: optionalText(1000)
	})
	.refine((e) => [e.caseId, e.lotId, e.animalCode, e.itemId].filter((v) => v !== undefined).length === 1, {
		message: issue('subject_required'),
		path: ['subject']
	})
	.refine((e) => !BOTH_PARTIES.has(e.eventType) || e.from !== undefined, { message: issue('releasing_party_required'), path: ['from'] })
	.refine((e) => (e.correctsEventId === undefined) === (e.correctionReason === undefined), {
		message: issue('correction_reason_required'),
		path: ['correctionReason']
	});

export type CustodyEventInput = z.infer<typeof custodyEventSchema>;
