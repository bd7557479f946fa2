import { describe, expect, it } from 'vitest';
import { pageNumberSchema } from './page-number';

describe('pageNumberSchema', () => {
	it('falls back to page 1 for anything odd', () => {
		expect(['3', '0', '-2', 'x', null, '1.5', '100001'].map((v) => pageNumberSchema.parse(v))).toEqual([3, 1, 1, 1, 1, 1, 1]);
	});
});
