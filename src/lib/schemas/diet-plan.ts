import { z } from 'zod';
import type { Database } from '$lib/types/database';
import { issue, optionalText } from './common';
import type { FieldErrors } from './form-errors';
import { isValidationKey } from './form-errors';
import { checkbox, dateText, normaliseDigits, requiredDecimal, wholeNumber } from './health-fields';

/** The units public.diet_items_valid() accepts, in the order the form offers them. */
export const DIET_UNITS = ['g', 'kg', 'ml', 'l', 'items'] as const;
export type DietUnit = (typeof DIET_UNITS)[number];
export interface DietItem {
	food: string;
	amount: number;
	unit: DietUnit;
}

/** The table's limits: 1–30 items, 1–12 feedings a day, every 1–60 days. */
export const DIET_ITEMS_MAX = 30;
export const FEEDING_TIMES_MAX = 12;

const dietItem = z.object({
	food: z.string({ error: issue('diet_food_required') }).trim().min(1, issue('diet_food_required')).max(120, issue('text_too_long')),
	amount: requiredDecimal('diet_amount_invalid', { min: 0.001, max: 1_000_000 }),
	unit: z.enum(DIET_UNITS, { error: issue('diet_unit_invalid') })
});

/** A time of day as a time input sends it ("07:00"); typed Khmer digits and "7:00" are read too. */
const feedingTime = z
	.string()
	.transform(normaliseDigits)
	.pipe(z.string().regex(/^([01]?\d|2[0-3]):[0-5]\d$/, issue('feeding_time_invalid')))
	.transform((t) => t.padStart(5, '0'));

/**
 * A new diet plan (or the change of one: replacesId names the current plan, which the database
 * ends in the same transaction). Times come back sorted without repeats, as the database keeps them.
 */
export const dietPlanSchema = z.object({
	replacesId: z.union([z.literal('').transform(() => null), z.uuid(issue('diet_plan_not_current'))]).default(''),
	items: z.array(dietItem).min(1, issue('diet_items_required')).max(DIET_ITEMS_MAX, issue('diet_items_too_many')),
	feedingTimes: z
		.array(feedingTime)
		.min(1, issue('feeding_times_required'))
		.transform((times) => [...new Set(times)].sort())
		.pipe(z.array(z.string()).max(FEEDING_TIMES_MAX, issue('feeding_times_too_many'))),
	everyNDays: wholeNumber('every_n_days_invalid', 1, 60),
	startsOn: dateText,
	notes: optionalText(2000, 'text_too_long')
});
export type DietPlanInput = z.output<typeof dietPlanSchema>;

/** Ending a plan without a replacement: the reason (3–500 characters) and the confirmation box. */
export const endDietPlanSchema = z.object({
	planId: z.uuid(issue('diet_plan_not_current')),
	endReason: z.string({ error: issue('end_reason_too_short') }).trim().min(3, issue('end_reason_too_short')).max(500, issue('text_too_long')),
	confirm: checkbox.refine((ticked) => ticked, issue('confirm_required'))
});

/** The plan form as typed, to show it again when it is refused. */
export interface DietPlanValues {
	replacesId: string;
	items: { food: string; amount: string; unit: string }[];
	feedingTimes: string[];
	everyNDays: string;
	startsOn: string;
	notes: string;
}

const texts = (data: FormData, name: string) => data.getAll(name).map((v) => (typeof v === 'string' ? v : ''));

/**
 * The form's repeated rows (itemFood/itemAmount/itemUnit, feedingTime) without the blank ones a
 * form without JavaScript always carries; errors then name rows of this compacted list.
 */
export function dietPlanValues(data: FormData): DietPlanValues {
	const [foods, amounts, units] = [texts(data, 'itemFood'), texts(data, 'itemAmount'), texts(data, 'itemUnit')];
	const items = foods
		.map((food, i) => ({ food, amount: amounts[i] ?? '', unit: units[i] ?? '' }))
		.filter((row) => row.food.trim() !== '' || row.amount.trim() !== '');
	const one = (name: string) => String(data.get(name) ?? '');
	return {
		replacesId: one('replacesId'),
		items,
		feedingTimes: texts(data, 'feedingTime').filter((t) => t.trim() !== ''),
		everyNDays: one('everyNDays'),
		startsOn: one('startsOn'),
		notes: one('notes')
	};
}

/** Errors keyed by their whole path ("items.2.amount", "feedingTimes.0"), so each row gets its own. */
export function dietPlanErrors(error: z.ZodError): FieldErrors {
	const out: FieldErrors = {};
	for (const i of error.issues) {
		const field = i.path.length ? i.path.map(String).join('.') : 'form';
		out[field] ??= isValidationKey(i.message) ? i.message : 'invalid';
	}
	return out;
}

/** The items column as stored: the database checked its shape, this only gives it a type. */
export function dietItems(items: Database['public']['Tables']['diet_plans']['Row']['items']): DietItem[] {
	return Array.isArray(items) ? (items as unknown as DietItem[]) : [];
}
