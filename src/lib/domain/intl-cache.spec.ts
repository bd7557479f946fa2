import { describe, expect, it } from 'vitest';
import { dateTimeFormat, numberFormat } from './intl-cache';

describe('cached Intl formatters', () => {
	it('gives the same formatter for the same locale and options, another for other options', () => {
		const a = dateTimeFormat('en-GB', { timeZone: 'Asia/Phnom_Penh', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
		expect(dateTimeFormat('en-GB', { timeZone: 'Asia/Phnom_Penh', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })).toBe(a);
		expect(dateTimeFormat('km-KH', { timeZone: 'Asia/Phnom_Penh', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })).not.toBe(a);
		expect(a.format(new Date('2026-06-14T00:12:00Z'))).toBe('07:12');
	});

	it('formats numbers as a fresh formatter would', () => {
		expect(numberFormat('en-GB', { maximumFractionDigits: 3 }).format(1234.56789)).toBe('1,234.568');
		expect(numberFormat('en-GB', { maximumFractionDigits: 3 })).toBe(numberFormat('en-GB', { maximumFractionDigits: 3 }));
	});
});
