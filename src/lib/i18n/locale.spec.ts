import { describe, expect, it } from 'vitest';
import { fromAcceptLanguage, resolveLocale } from './locale';

describe('resolveLocale', () => {
	it('takes the cookie over the browser preference', () => {
		expect(resolveLocale('km', 'en-US,en;q=0.9')).toBe('km');
		expect(resolveLocale('en', 'km-KH,km;q=0.9')).toBe('en');
	});

	it('ignores a cookie that is not a supported locale', () => {
		for (const bad of ['fr', 'KM', 'km-KH', '', ' km', '__proto__']) {
			expect(resolveLocale(bad, 'km-KH,km;q=0.9')).toBe('km');
			expect(resolveLocale(bad, null)).toBe('en');
		}
	});

	it('falls back to the Accept-Language header, then English', () => {
		expect(resolveLocale(undefined, 'km-KH,km;q=0.9')).toBe('km');
		expect(resolveLocale(undefined, 'en-US,en;q=0.9')).toBe('en');
		expect(resolveLocale(undefined, 'fr-FR,fr;q=0.9')).toBe('en');
		expect(resolveLocale(undefined, undefined)).toBe('en');
		expect(resolveLocale(null, '')).toBe('en');
	});
});

describe('fromAcceptLanguage', () => {
	it('follows q-values, not the order of the header', () => {
		expect(fromAcceptLanguage('en;q=0.5, km;q=0.8')).toBe('km');
		expect(fromAcceptLanguage('fr, km;q=0.3, en;q=0.7')).toBe('en');
	});

	it('keeps the browser order for equal weights and skips q=0 and unknown tags', () => {
		expect(fromAcceptLanguage('km, en')).toBe('km');
		expect(fromAcceptLanguage('km;q=0, en-GB;q=0.2')).toBe('en');
		expect(fromAcceptLanguage('th, vi, *')).toBeNull();
		expect(fromAcceptLanguage('km;q=abc, en;q=0.1')).toBe('en');
	});
});
