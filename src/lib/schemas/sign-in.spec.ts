import { describe, expect, it } from 'vitest';
import { fieldErrors } from './form-errors';
import { signInSchema } from './sign-in';

describe('signInSchema', () => {
	it('accepts an e-mail with spaces and capitals, normalised', () => {
		const r = signInSchema.parse({ email: '  Vet@Rescue-Ledger.TEST ', password: 'demo-vet-2026' });
		expect(r).toEqual({ email: 'vet@rescue-ledger.test', password: 'demo-vet-2026' });
	});

	it('asks for both fields (by message key) when the form is empty', () => {
		const r = signInSchema.safeParse({ email: '', password: '' });
		expect(r.success).toBe(false);
		expect(fieldErrors(r.error!)).toEqual({ email: 'email_required', password: 'password_required' });
	});

	it('explains a malformed e-mail', () => {
		const r = signInSchema.safeParse({ email: 'vet@', password: 'x' });
		expect(fieldErrors(r.error!).email).toBe('email_invalid');
	});

	it('treats missing fields like empty ones', () => {
		const r = signInSchema.safeParse({});
		expect(Object.keys(fieldErrors(r.error!)).sort()).toEqual(['email', 'password']);
	});

	it('keeps the password exactly as typed', () => {
		expect(signInSchema.parse({ email: 'a@b.org', password: ' spaced ' }).password).toBe(' spaced ');
	});
});
