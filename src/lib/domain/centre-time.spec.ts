import { describe, expect, it } from 'vitest';
import { isoToLocalInput, localInputToIso } from './centre-time';

describe('centre time', () => {
	it('reads a datetime-local value as Phnom Penh time', () => {
		expect(localInputToIso('2026-06-14T05:30')).toBe('2026-06-14T05:30:00+07:00');
		expect(new Date(localInputToIso('2026-06-14T05:30')!).toISOString()).toBe('2026-06-13T22:30:00.000Z');
	});
	it('refuses what is not a date and time', () => {
		expect(localInputToIso('')).toBeNull();
		expect(localInputToIso('14/06/2026 05:30')).toBeNull();
		expect(localInputToIso('2026-13-40T05:30')).toBeNull();
	});
	it('shows an instant in centre time, round trip', () => {
		expect(isoToLocalInput('2026-06-13T22:30:00Z')).toBe('2026-06-14T05:30');
		expect(isoToLocalInput(localInputToIso('2026-01-01T00:05')!)).toBe('2026-01-01T00:05');
	});
});
