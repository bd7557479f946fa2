import { describe, expect, it } from 'vitest';
import { en } from '$lib/i18n/en';
import { dueness, includesText, subjectText } from './evidence-format';

const t = en.evidenceRequests;

describe('dueness', () => {
	it('flags a past date as overdue and one within three days as soon', () => {
		expect(dueness('2026-06-13', '2026-06-14')).toBe('overdue');
		expect(dueness('2026-06-14', '2026-06-14')).toBe('soon');
		expect(dueness('2026-06-17', '2026-06-14')).toBe('soon');
		expect(dueness('2026-06-18', '2026-06-14')).toBeNull();
		expect(dueness(null, '2026-06-14')).toBeNull();
	});

	it('counts across the end of a month', () => {
		expect(dueness('2026-07-02', '2026-06-30')).toBe('soon');
	});
});

describe('texts', () => {
	it('names the subject by its label, the whole case by its kind', () => {
		expect(subjectText(t, 'case', 'WRRT-2026-0142')).toBe('Whole case');
		expect(subjectText(t, 'animal', 'PT-2026-000123')).toBe('Animal PT-2026-000123');
		expect(subjectText(t, 'lot', null)).toBe('One lot');
	});

	it('lists what a grant includes, or the custody record only', () => {
		expect(includesText(t, true, false)).toBe('Veterinary details');
		expect(includesText(t, false, true)).toBe('Offender details');
		expect(includesText(t, true, true)).toBe('Veterinary and offender details');
		expect(includesText(t, false, false)).toBe('Custody record only');
	});
});
