import { z } from 'zod';

/**
 * The split-out form: which lot, and how many of its group to give individual records. The upper
 * bound is the group's current in-care count, so the schema is built per lot once that is read.
 * The database refuses more than the group holds anyway (a split by someone else meanwhile).
 */
export const lotIdSchema = z.object({ lotId: z.uuid() });

export function splitCountSchema(inCare: number) {
	return z.object({
		count: z
			.string()
			.trim()
			.regex(/^\d{1,6}$/)
			.transform(Number)
			.pipe(z.number().int().min(1).max(inCare))
	});
}
