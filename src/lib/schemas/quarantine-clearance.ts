import { z } from 'zod';
import { OVERRIDE_REASON_MIN } from './enclosure-move';

/** A vet's clearance: every required test confirmed, notes, and a reason when it is early. */
export const quarantineClearanceSchema = z.object({
	quarantineId: z.uuid('invalid'),
	testsDone: z.array(z.string().trim().min(1).max(200)).max(20),
	notes: z
		.string()
		.trim()
		.max(2000, 'text_too_long')
		.transform((v) => v || null),
	earlyReason: z
		.string()
		.trim()
		.max(1000, 'text_too_long')
		.refine((v) => v === '' || v.length >= OVERRIDE_REASON_MIN, 'override_reason_too_short')
		.transform((v) => v || null)
});
