import { z } from 'zod';
import type { ValidationKey } from '$lib/i18n';
import { issue } from './common';

/** Khmer keyboards type Khmer digits (០–៩): read them as the same numbers. */
export function normaliseDigits(value: string): string {
	return value.replace(/[\u17E0-\u17E9]/g, (d) => String(d.charCodeAt(0) - 0x17e0)).trim();
}

type DecimalBounds = { min?: number; max: number; gt?: number; decimals?: number };

/**
 * A decimal typed in a form ("2.5", "២.៥"); "" and missing are null. A comma is refused, not
 * guessed, and so are more decimals than the column keeps (the database would round them silently).
 */
export const decimalText = (key: ValidationKey, { min, max, gt, decimals = 6 }: DecimalBounds) =>
	z
		.string()
		.optional()
		.transform((v, ctx) => {
			const text = normaliseDigits(v ?? '');
			if (text === '') return null;
			const n = new RegExp(`^\\d{1,9}(\\.\\d{1,${decimals}})?$`).test(text) ? Number(text) : Number.NaN;
			if (Number.isNaN(n) || (gt !== undefined && n <= gt) || (min !== undefined && n < min) || n > max) {
				ctx.addIssue({ code: 'custom', message: issue(key) });
				return z.NEVER;
			}
			return n;
		});

/** A required decimal, as decimalText but "" is refused. */
export const requiredDecimal = (key: ValidationKey, bounds: DecimalBounds) =>
	decimalText(key, bounds).refine((n) => n !== null, issue(key)).transform((n) => n as number);

/** A whole number typed in a form, within bounds. */
export const wholeNumber = (key: ValidationKey, min: number, max: number) =>
	z
		.string({ error: issue(key) })
		.transform(normaliseDigits)
		.pipe(z.string().regex(/^\d{1,6}$/, issue(key)).transform(Number))
		.refine((n) => n >= min && n <= max, issue(key));

/** A YYYY-MM-DD date from a date input. */
export const dateText = z
	.string({ error: issue('date_invalid') })
	.trim()
	.regex(/^\d{4}-\d{2}-\d{2}$/, issue('date_invalid'))
	.refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && v >= '1970-01-01', issue('date_invalid'));

/** A reason that lifts a safety rule: written out, at least 5 characters (as the database wants). */
export const reasonText = z
	.string()
	.optional()
	.transform((v) => v?.trim() ?? '')
	.pipe(z.union([z.literal('').transform(() => null), z.string().min(5, issue('reason_too_short')).max(1000, issue('text_too_long'))]));

/** A checkbox: present with value "yes" when ticked. */
export const checkbox = z
	.string()
	.optional()
	.transform((v) => v === 'yes');
