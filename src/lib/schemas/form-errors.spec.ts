import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { en } from '$lib/i18n/en';
import { fieldErrors } from './form-errors';
import { languageSchema } from './language';
import { newStaffSchema, staffActiveSchema } from './staff';
import { signInSchema } from './sign-in';

describe('fieldErrors', () => {
	it('turns a message that is not a dictionary key into the generic key', () => {
		const r = z.object({ n: z.number() }).safeParse({ n: 'x' });
		expect(fieldErrors(r.error!)).toEqual({ n: 'invalid' });
	});

	it('does not mistake inherited object properties for keys', () => {
		const r = z.object({ n: z.string().min(5, 'toString') }).safeParse({ n: 'x' });
		expect(fieldErrors(r.error!).n).toBe('invalid');
	});

	it('gives every schema message a text in the dictionary (the JSON API answers with it)', () => {
		const results = [
			signInSchema.safeParse({}),
			signInSchema.safeParse({ email: 'x', password: '' }),
			newStaffSchema.safeParse({}),
			newStaffSchema.safeParse({ email: 'a@b.org', password: 'x'.repeat(80), full_name: 'A', role: 'x', agency: 'x'.repeat(201) }),
			staffActiveSchema.safeParse({ user_id: 'x', active: 'maybe' }),
			languageSchema.safeParse({ lang: 'fr' })
		];
		for (const r of results) {
			for (const key of Object.values(fieldErrors(r.error!))) {
				expect(key).not.toBe('invalid');
				expect(en.validation[key!]).toBeTruthy();
			}
		}
	});
});
