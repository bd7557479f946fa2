import { describe, expect, it } from 'vitest';
import { alertReviewSchema, feedingLogSchema } from './feeding-log';
import { fieldErrors } from './form-errors';

const log = (over: Record<string, string>) => ({
	clientKey: '6f1c2a4e-8b3d-4c5e-9f70-1a2b3c4d5e6f',
	dietPlanId: '00000000-0000-4000-8000-0000000000d1',
	fedOn: '2026-06-14',
	slot: '1',
	outcome: 'eaten_all',
	...over
});
const errorsOf = (input: Record<string, string>) => {
	const r = feedingLogSchema.safeParse(input);
	return r.success ? {} : fieldErrors(r.error);
};

describe('feedingLogSchema', () => {
	it('reads a one-tap log: no observations, no alert', () => {
		expect(feedingLogSchema.parse(log({}))).toMatchObject({ slot: 1, outcome: 'eaten_all', behaviour: null, stool: null, enrichment: null, concerns: null, alertVets: false });
	});

	it('keeps the observations', () => {
		const f = feedingLogSchema.parse(log({ outcome: 'eaten_part', behaviour: 'Slow', stool: 'soft', enrichment: 'Leaf pile', concerns: 'Eyes swollen', alertVets: 'yes' }));
		expect(f).toMatchObject({ behaviour: 'Slow', stool: 'soft', enrichment: 'Leaf pile', concerns: 'Eyes swollen', alertVets: true });
	});

	it('refuses an alert or a withheld feeding without concerns', () => {
		expect(errorsOf(log({ alertVets: 'yes', concerns: ' ok ' }))).toEqual({ concerns: 'alert_needs_concerns' });
		expect(errorsOf(log({ outcome: 'withheld' }))).toEqual({ concerns: 'withheld_needs_concerns' });
		expect(errorsOf(log({ outcome: 'withheld', concerns: 'Fasting before surgery, Dr. Lim' }))).toEqual({});
	});

	it('refuses a missing key, outcome, unknown stool or slot', () => {
		expect(errorsOf(log({ clientKey: 'resend-me' }))).toEqual({ clientKey: 'client_key_invalid' });
		expect(errorsOf(log({ outcome: '' }))).toEqual({ outcome: 'outcome_required' });
		expect(errorsOf(log({ stool: 'green' }))).toEqual({ stool: 'stool_invalid' });
		expect(errorsOf(log({ slot: '13' }))).toEqual({ slot: 'slot_not_in_plan' });
	});
});

describe('alertReviewSchema', () => {
	it('takes a log id and an optional note', () => {
		expect(alertReviewSchema.parse({ feedingLogId: '42', note: '' })).toEqual({ feedingLogId: '42', note: null });
		expect(alertReviewSchema.safeParse({ feedingLogId: '0' }).success).toBe(false);
	});
});
