import { z } from 'zod';
import { LABELS_PER_PART } from '$lib/domain/label-parts';

const ANIMAL_CODE = /^[A-Z]{2,4}-\d{4}-\d{6,9}$/;

/**
 * Which labels a sheet holds: one part of the case's labels (`?part=2`), or the animals just split
 * out of a lot (`?codes=PT-2026-000801,PT-2026-000802`), at most one part's worth.
 */
export const labelRequestSchema = z.object({
	part: z.coerce.number().int().min(1).max(10_000).default(1),
	codes: z
		.string()
		.optional()
		.transform((v) => (v ? v.split(',').map((c) => c.trim()) : undefined))
		.pipe(z.array(z.string().regex(ANIMAL_CODE)).min(1).max(LABELS_PER_PART).optional())
});

export type LabelRequest = z.infer<typeof labelRequestSchema>;
