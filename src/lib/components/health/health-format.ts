import { numberFormat } from '$lib/domain/intl-cache';

/** Numbers as staff type and read them: Western digits in both languages, grams kept to 0.001. */
export const decimal = (n: number, digits = 3) => numberFormat('en-GB', { maximumFractionDigits: digits }).format(n);

/** A weight in the unit that reads best: grams under 1 kg, kilograms above. */
export function weightText(g: number, m: { grams: (g: string) => string; kilograms: (kg: string) => string }): string {
	return g < 1000 ? m.grams(decimal(g)) : m.kilograms(decimal(g / 1000, 3));
}

/** A form field's message, in the reader's language. */
export function errorFor<K extends string>(errors: Partial<Record<string, K>> | undefined, field: string, texts: Record<K, string>): string | undefined {
	const key = errors?.[field];
	return key ? texts[key] : undefined;
}
