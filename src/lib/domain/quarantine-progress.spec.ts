import { describe, expect, it } from 'vitest';
import { quarantineProgress } from './quarantine-progress';

describe('quarantineProgress', () => {
	const startedAt = '2026-06-14T05:45:00Z';

	it('counts whole days since the start', () => {
		expect(quarantineProgress({ startedAt, requiredDays: 60 }, new Date('2026-06-15T05:44:00Z'))).toEqual({ days: 0, complete: false });
		expect(quarantineProgress({ startedAt, requiredDays: 60 }, new Date('2026-06-24T06:00:00Z')).days).toBe(10);
	});

	it('is complete exactly when the required length has passed, as the database judges it', () => {
		expect(quarantineProgress({ startedAt, requiredDays: 1 }, new Date('2026-06-15T05:44:59Z')).complete).toBe(false);
		expect(quarantineProgress({ startedAt, requiredDays: 1 }, new Date('2026-06-15T05:45:00Z')).complete).toBe(true);
	});
});
