import { describe, expect, it } from 'vitest';
import { dayLabel, monthLabel, percent, wholeNumber } from './format';

describe('dashboard formats', () => {
	it('shows the database\'s months and days as calendar values, whatever the reader\'s zone', () => {
		expect(monthLabel('2026-06', 'en')).toBe('Jun 2026');
		expect(dayLabel('2026-11-23', 'en')).toBe('23 Nov 2026');
		expect(monthLabel('2026-06', 'km')).toContain('2026');
	});

	it('keeps one decimal of a percentage, since rates below 1% are common', () => {
		expect(percent(0.0029, 'en')).toBe('0.3%');
		expect(percent(0, 'en')).toBe('0.0%');
		expect(wholeNumber(1015, 'en')).toBe('1,015');
	});
});
