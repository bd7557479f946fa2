import { describe, expect, it } from 'vitest';
import { doseRangeStatus, judgeWeight, prescribedVolumeMl, toGrams, weightIsStale } from './dose';

describe('prescribedVolumeMl', () => {
	it('gives 0.2 ml of a 50 mg/ml drug at 5 mg/kg for a 2,000 g animal', () => {
		expect(prescribedVolumeMl(5, 2000, 50)).toBe(0.2);
	});

	it('rounds half away from zero to 0.001 ml, as Postgres numeric does', () => {
		// 0.5 × 1 g ÷ 1000 ÷ 1 = 0.0005 ml → 0.001; floats would make some halves fall short.
		expect(prescribedVolumeMl(0.5, 1, 1)).toBe(0.001);
		expect(prescribedVolumeMl(1.15, 1000, 1)).toBe(1.15);
		expect(prescribedVolumeMl(0.2, 20, 10)).toBe(0);
	});

	it('rounds a dose typed with more decimals than numeric(10, 4) keeps as the database stores it', () => {
		// 0.00145 is 14.4999… ten-thousandths in floating point; Postgres keeps 0.0015 (half away from zero).
		expect(prescribedVolumeMl(0.00145, 1000, 1)).toBe(0.002);
		expect(prescribedVolumeMl(0.12345, 1000, 0.1)).toBe(1.235);
		// Written 5e-7 by toString(): below what the column keeps, so 0 ml (the database refuses it).
		expect(prescribedVolumeMl(5e-7, 1_000_000, 1)).toBe(0);
	});

	it('handles a tiny frog and a large python', () => {
		expect(prescribedVolumeMl(10, 12.5, 2.5)).toBe(0.05);
		expect(prescribedVolumeMl(0.2, 45_000, 5)).toBe(1.8);
	});

	it('refuses inputs that are not positive numbers', () => {
		expect(prescribedVolumeMl(0, 2000, 50)).toBeNull();
		expect(prescribedVolumeMl(5, -1, 50)).toBeNull();
		expect(prescribedVolumeMl(5, 2000, Number.NaN)).toBeNull();
	});
});

describe('toGrams', () => {
	it('converts kg and keeps g, to 0.001 g', () => {
		expect(toGrams(2.5, 'kg')).toBe(2500);
		expect(toGrams(0.0125, 'kg')).toBe(12.5);
		expect(toGrams(12.3456, 'g')).toBe(12.346);
	});
});

describe('doseRangeStatus', () => {
	it('is within at the bounds, outside beyond them, unknown without a range', () => {
		expect(doseRangeStatus(1, { min: 1, max: 10 })).toBe('within');
		expect(doseRangeStatus(10, { min: 1, max: 10 })).toBe('within');
		expect(doseRangeStatus(10.5, { min: 1, max: 10 })).toBe('outside');
		expect(doseRangeStatus(5, null)).toBe('unknown');
	});
});

describe('weightIsStale', () => {
	const now = new Date('2026-11-23T12:00:00Z');
	it('accepts a weight up to 14 days old and refuses an older one', () => {
		expect(weightIsStale('2026-11-09T12:00:00Z', now)).toBe(false);
		expect(weightIsStale('2026-11-09T11:59:00Z', now)).toBe(true);
	});
});

describe('judgeWeight', () => {
	it('refuses zero, negative and absurd weights, and flags those above the species maximum', () => {
		expect(judgeWeight(0, 'reptile', null)).toBe('not_positive');
		expect(judgeWeight(-5, 'reptile', null)).toBe('not_positive');
		expect(judgeWeight(4_000_000, 'reptile', null)).toBe('above_ceiling');
		expect(judgeWeight(40_000, 'reptile', 10_000)).toBe('above_species_max');
		expect(judgeWeight(40_000, 'reptile', null)).toBe('ok');
		expect(judgeWeight(9_000, 'reptile', 10_000)).toBe('ok');
	});
});
