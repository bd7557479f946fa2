import { describe, expect, it } from 'vitest';
import { roundQuery } from './round-address';

describe('roundQuery', () => {
	it('keeps the page of the round and nothing else of the address', () => {
		expect(roundQuery(new URL('http://x/keeper/round/a?page=3&observe=p-1'), '/logFeeding')).toBe('?page=3&/logFeeding');
		expect(roundQuery(new URL('http://x/keeper/round/a?observe=p-1'), 'observe=p-2')).toBe('?observe=p-2');
		expect(roundQuery(new URL('http://x/keeper/round/a?page=1'), '/logFeeding')).toBe('?/logFeeding');
		expect(roundQuery(new URL('http://x/keeper/round/a?page=%26x'), '/logFeeding')).toBe('?page=%26x&/logFeeding');
	});
});
