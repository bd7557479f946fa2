import { describe, expect, it } from 'vitest';
import { lotIdSchema, splitCountSchema } from './lot-split';

describe('split-out form', () => {
	const upTo8 = splitCountSchema(8);

	it('takes a whole number from 1 to what the group holds', () => {
		expect(upTo8.parse({ count: ' 2 ' })).toEqual({ count: 2 });
		expect(upTo8.parse({ count: '8' })).toEqual({ count: 8 });
	});

	it('refuses none, more than the group, fractions and words', () => {
		for (const count of ['0', '9', '2.5', '-1', '1e3', 'two', '', undefined]) {
			expect(upTo8.safeParse({ count }).success, String(count)).toBe(false);
		}
	});

	it('needs a lot id', () => {
		expect(lotIdSchema.safeParse({ lotId: 'lot-1' }).success).toBe(false);
		expect(lotIdSchema.safeParse({ lotId: '2b1f7c2e-6d1a-4e0b-9a51-1c0f4c8e2d10' }).success).toBe(true);
	});
});
