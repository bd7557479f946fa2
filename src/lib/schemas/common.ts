import { z } from 'zod';
import type { ValidationKey } from '$lib/i18n';
import type { Database } from '$lib/types/database';

/**
 * Schema messages are dictionary keys, not sentences: a form shows them in the reader's language
 * and a JSON API can answer with the English text. Typed, so a key without a text cannot slip in.
 */
export const issue = (key: ValidationKey) => key;

/** Browsers send an empty string for an untouched field, a missing field arrives as undefined. */
export const optionalText = (max: number, tooLong: ValidationKey) =>
	z
		.string()
		.optional()
		.transform((v) => v?.trim() ?? '')
		.pipe(z.string().max(max, issue(tooLong)))
		.transform((v) => (v === '' ? null : v));

export const email = z
	.string({ error: issue('email_required') })
	.trim()
	.toLowerCase()
	.min(1, issue('email_required'))
	.max(254, issue('email_too_long'))
	.pipe(z.email(issue('email_invalid')));

/** public.taxon_class, in the order forms list them (species, enclosures, dose ranges). */
export const TAXON_CLASSES = ['mammal', 'bird', 'reptile', 'amphibian', 'fish', 'invertebrate'] as const satisfies readonly Database['public']['Enums']['taxon_class'][];
