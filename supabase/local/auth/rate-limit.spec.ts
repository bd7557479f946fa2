import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { clientAddress, createRateLimiter } from './rate-limit.ts';

const W = 300_000;

function limiterAt(limit: number, start = 10 * W, maxKeys?: number) {
	const clock = { t: start };
	return { clock, limiter: createRateLimiter({ limit, windowMs: W, maxKeys, now: () => clock.t }) };
}

const takeN = (limiter: { take(k: string): boolean }, key: string, n: number) => Array.from({ length: n }, () => limiter.take(key));

describe('auth rate limiter', () => {
	it('allows the limit within a window, refuses the next, per key', () => {
		const { limiter } = limiterAt(3);
		expect(takeN(limiter, 'a', 4)).toEqual([true, true, true, false]);
		expect(limiter.take('b')).toBe(true);
	});

	it('does not count refused requests, and gives the budget back as the window slides', () => {
		const { clock, limiter } = limiterAt(4);
		takeN(limiter, 'a', 4);
		expect(takeN(limiter, 'a', 10).every((ok) => !ok)).toBe(true);
		// Half-way into the next window half of the previous window's 4 still weighs: 2 left, not 4.
		clock.t += W + W / 2;
		expect(takeN(limiter, 'a', 3)).toEqual([true, true, false]);
		// Two windows on, nothing of the burst weighs any more.
		clock.t += 2 * W;
		expect(takeN(limiter, 'a', 5)).toEqual([true, true, true, true, false]);
	});

	it('has no double burst across a fixed-window boundary', () => {
		const { clock, limiter } = limiterAt(10, 10 * W + W - 1);
		expect(takeN(limiter, 'a', 10).every(Boolean)).toBe(true);
		clock.t += 2; // just past the boundary: a fixed window would allow 10 more here
		expect(takeN(limiter, 'a', 10).filter(Boolean)).toHaveLength(1);
	});

	it('forgets idle keys and caps how many it tracks, dropping the stalest first', () => {
		const { clock, limiter } = limiterAt(1, 10 * W, 3);
		for (const k of ['a', 'b', 'c']) limiter.take(k);
		limiter.take('a'); // refused, but seen: 'b' is now the stalest
		limiter.take('d');
		expect(limiter.size).toBe(3);
		expect(limiter.take('a')).toBe(false);
		expect(limiter.take('b')).toBe(true); // forgotten, so a fresh budget
		clock.t += 3 * W;
		limiter.take('e');
		expect(limiter.size).toBe(1);
	});
});

describe('clientAddress', () => {
	const req = (remoteAddress: string, xff?: string) =>
		({ socket: { remoteAddress }, headers: xff ? { 'x-forwarded-for': xff } : {} }) as unknown as IncomingMessage;

	it('uses the socket address, IPv4-mapped IPv6 as plain IPv4, and ignores X-Forwarded-For unless trusted', () => {
		expect(clientAddress(req('::ffff:10.0.0.7', '1.2.3.4'), false)).toBe('10.0.0.7');
		expect(clientAddress(req('::1'), false)).toBe('::1');
	});

	it('when trusted, takes the entry the proxy appended, not one the client wrote', () => {
		expect(clientAddress(req('127.0.0.1', 'spoofed, 203.0.113.9'), true)).toBe('203.0.113.9');
		expect(clientAddress(req('127.0.0.1'), true)).toBe('127.0.0.1');
	});
});
