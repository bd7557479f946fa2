import { z } from 'zod';

/** Browsers send an empty string for an untouched field, a missing field arrives as undefined. */
export const optionalText = (max: number, tooLong: string) =>
	z
		.string()
		.optional()
		.transform((v) => v?.trim() ?? '')
		.pipe(z.string().max(max, tooLong))
		.transform((v) => (v === '' ? null : v));

export const email = z
	.string({ error: 'Enter an e-mail address.' })
	.trim()
	.toLowerCase()
	.min(1, 'Enter an e-mail address.')
	.max(254, 'This e-mail address is too long.')
	.pipe(z.email('Enter an e-mail address like name@example.org.'));
