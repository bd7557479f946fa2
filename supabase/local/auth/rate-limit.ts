import type { IncomingMessage } from 'node:http';
import { AuthError } from './errors.ts';

/** GoTrue's window for GOTRUE_RATE_LIMIT_* (config.toml [auth.rate_limit] counts per 5 minutes). */
export const RATE_LIMIT_WINDOW_MS = 5 * 60 * 1000;

/**
 * Enough for every client a records office will ever have; past it the least recently seen address
 * is forgotten, so a flood of source addresses costs memory bounded by this, not by the flood.
 */
const DEFAULT_MAX_KEYS = 10_000;

export interface RateLimiter {
	/** Counts one request for `key`, or refuses it (uncounted) when the key is over its budget. */
	take(key: string): boolean;
	/** How many keys are tracked now (for tests). */
	readonly size: number;
}

interface Window {
	start: number;
	count: number;
	previous: number;
}

/**
 * A sliding-window counter: the previous fixed window's count, weighted by how much of it still
 * overlaps the sliding window, plus the current one's. O(1) per key (unlike a log of timestamps)
 * and without a fixed window's double burst across a boundary.
 */
export function createRateLimiter(opts: { limit: number; windowMs?: number; maxKeys?: number; now?: () => number }): RateLimiter {
	const windowMs = opts.windowMs ?? RATE_LIMIT_WINDOW_MS;
	const maxKeys = opts.maxKeys ?? DEFAULT_MAX_KEYS;
	const now = opts.now ?? Date.now;
	// Insertion order is recency order (an entry is re-inserted on every hit): the first is the stalest.
	const windows = new Map<string, Window>();
	let lastSweep = now();

	// A key untouched for two windows weighs nothing any more; dropping it changes no answer.
	const sweep = (t: number) => {
		for (const [key, w] of windows) {
			if (t - w.start < 2 * windowMs) break;
			windows.delete(key);
		}
		lastSweep = t;
	};

	return {
		take(key) {
			const t = now();
			if (t - lastSweep >= windowMs) sweep(t);
			const start = t - (t % windowMs);
			let w = windows.get(key);
			if (!w) w = { start, count: 0, previous: 0 };
			else if (w.start !== start) w = { start, count: 0, previous: start - w.start === windowMs ? w.count : 0 };
			const overlap = 1 - (t - start) / windowMs;
			// Refused requests are not counted, so a client that backs off gets its budget back on time.
			const allowed = w.previous * overlap + w.count < opts.limit;
			if (allowed) w.count++;
			windows.delete(key);
			windows.set(key, w);
			if (windows.size > maxKeys) windows.delete(windows.keys().next().value!);
			return allowed;
		},
		get size() {
			return windows.size;
		}
	};
}

/**
 * The address a budget is charged to. Staff sign in through the app's server, so without the
 * address the app forwards every sign-in would share one budget and 30 wrong guesses would lock
 * out the whole centre. X-Forwarded-For is anyone's to write, so it counts only when the operator
 * trusts whoever sends it (GOTRUE_RATE_LIMIT_HEADER on Supabase; here the default, since the stack
 * listens on 127.0.0.1 only); then its last entry, since a client can prepend whatever it likes.
 */
export function clientAddress(req: IncomingMessage, trustForwardedFor: boolean): string {
	if (trustForwardedFor) {
		const header = req.headers['x-forwarded-for'];
		const last = (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',').pop()?.trim();
		if (last) return last;
	}
	const address = req.socket.remoteAddress ?? 'unknown';
	// A dual-stack socket reports IPv4 clients as ::ffff:a.b.c.d; one client, one budget.
	return address.startsWith('::ffff:') && address.includes('.') ? address.slice(7) : address;
}

export const overRequestRateLimit = () => new AuthError(429, 'over_request_rate_limit', 'Request rate limit reached');
