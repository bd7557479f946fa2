import { describe, expect, it } from 'vitest';
import { paginate, paginationHeaders } from './pagination.ts';
import { banUntil, checkPassword, validEmail } from './validate.ts';

describe('auth input rules', () => {
	it('reads ban_duration in Go duration syntax', () => {
		const now = Date.UTC(2026, 0, 1);
		expect(banUntil(undefined, now)).toEqual({ ban: false, until: null });
		expect(banUntil('none', now)).toEqual({ ban: true, until: null });
		expect(banUntil('1h30m', now).until).toBe('2026-01-01T01:30:00.000Z');
		expect(banUntil('876000h', now).until).toBe('2125-12-08T00:00:00.000Z');
		expect(() => banUntil('3 days', now)).toThrow(/invalid format for ban duration/);
		expect(() => banUntil('h', now)).toThrow(/invalid format for ban duration/);
	});

	it('lower-cases addresses and refuses malformed ones', () => {
		expect(validEmail(' Keeper@Example.ORG ')).toBe('keeper@example.org');
		expect(() => validEmail('not-an-address')).toThrow(/invalid format/);
		expect(() => validEmail('')).toThrow(/required/);
	});

	it('refuses passwords under 6 characters and over 72 bytes', () => {
		expect(() => checkPassword('12345')).toThrow(/at least 6/);
		expect(() => checkPassword('x'.repeat(73))).toThrow(/longer than 72/);
		expect(() => checkPassword('123456')).not.toThrow();
	});

	it('paginates as GoTrue: defaults, and Link/X-Total-Count that auth-js parses', () => {
		expect(paginate(new URLSearchParams('page=&per_page='))).toEqual({ page: 1, perPage: 50 });
		expect(() => paginate(new URLSearchParams('page=x'))).toThrow(/Bad Pagination Parameters/);
		const q = new URLSearchParams('per_page=2&page=1');
		expect(paginationHeaders('/admin/users', q, paginate(q), 5)).toEqual({
			'x-total-count': '5',
			link: '</admin/users?page=2&per_page=2>; rel="next", </admin/users?page=3&per_page=2>; rel="last"'
		});
	});
});
