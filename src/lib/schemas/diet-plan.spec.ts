import { describe, expect, it } from 'vitest';
import { dietPlanErrors, dietPlanSchema, dietPlanValues, endDietPlanSchema } from './diet-plan';
import { fieldErrors } from './form-errors';

const PLAN_ID = '00000000-0000-4000-8000-0000000000d1';

/** A form as the browser sends it: five item rows and four times, most of them blank. */
function form(rows: [string, string, string][], times: string[], extra: Record<string, string> = {}) {
	const data = new FormData();
	for (const [food, amount, unit] of [...rows, ...Array(5 - rows.length).fill(['', '', 'g'])]) {
		data.append('itemFood', food);
		data.append('itemAmount', amount);
		data.append('itemUnit', unit);
	}
	for (const t of [...times, ...Array(4 - times.length).fill('')]) data.append('feedingTime', t);
	for (const [k, v] of Object.entries({ replacesId: '', everyNDays: '1', startsOn: '2026-06-14', notes: '', ...extra })) data.append(k, v);
	return dietPlanValues(data);
}

describe('dietPlanSchema', () => {
	it('reads the rows that were filled in, sorted times without repeats, Khmer digits included', () => {
		const values = form([['Kangkong', '1.5', 'kg'], ['Whole fish', '០.៥', 'kg']], ['15:00', '07:00', '7:00'], { everyNDays: '៧', notes: ' ' });
		expect(dietPlanSchema.parse(values)).toEqual({
			replacesId: null,
			items: [
				{ food: 'Kangkong', amount: 1.5, unit: 'kg' },
				{ food: 'Whole fish', amount: 0.5, unit: 'kg' }
			],
			feedingTimes: ['07:00', '15:00'],
			everyNDays: 7,
			startsOn: '2026-06-14',
			notes: null
		});
	});

	it('keeps the plan it replaces', () => {
		expect(dietPlanSchema.parse(form([['Crickets', '20', 'items']], ['08:00'], { replacesId: PLAN_ID })).replacesId).toBe(PLAN_ID);
	});

	it('needs a food and a time, and names the row of a bad amount or unit', () => {
		expect(dietPlanErrors(dietPlanSchema.safeParse(form([], [])).error!)).toEqual({ items: 'diet_items_required', feedingTimes: 'feeding_times_required' });
		const r = dietPlanSchema.safeParse(form([['Kangkong', '1', 'kg'], ['', '2', 'kg'], ['Fish', '1,5', 'kg'], ['Mice', '0', 'bags']], ['25:00']));
		expect(dietPlanErrors(r.error!)).toEqual({
			'items.1.food': 'diet_food_required',
			'items.2.amount': 'diet_amount_invalid',
			'items.3.amount': 'diet_amount_invalid',
			'items.3.unit': 'diet_unit_invalid',
			'feedingTimes.0': 'feeding_time_invalid'
		});
	});

	it('refuses days outside 1–60 and more than 12 times a day', () => {
		for (const everyNDays of ['0', '61', '1.5', '']) {
			expect(dietPlanErrors(dietPlanSchema.safeParse(form([['Kangkong', '1', 'kg']], ['07:00'], { everyNDays })).error!), everyNDays).toEqual({ everyNDays: 'every_n_days_invalid' });
		}
		const times = Array.from({ length: 13 }, (_, h) => `${String(h + 6).padStart(2, '0')}:00`);
		const r = dietPlanSchema.safeParse({ ...form([['Kangkong', '1', 'kg']], []), feedingTimes: times });
		expect(dietPlanErrors(r.error!)).toEqual({ feedingTimes: 'feeding_times_too_many' });
	});
});

describe('endDietPlanSchema', () => {
	it('needs a reason of 3 characters and the ticked box', () => {
		expect(endDietPlanSchema.parse({ planId: PLAN_ID, endReason: ' Fasting before surgery ', confirm: 'yes' })).toEqual({ planId: PLAN_ID, endReason: 'Fasting before surgery', confirm: true });
		const r = endDietPlanSchema.safeParse({ planId: PLAN_ID, endReason: 'no' });
		expect(fieldErrors(r.error!)).toEqual({ endReason: 'end_reason_too_short', confirm: 'confirm_required' });
	});
});
