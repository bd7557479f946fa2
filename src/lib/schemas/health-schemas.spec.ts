import { describe, expect, it } from 'vitest';
import { administrationSchema } from './administration';
import { examSchema, findingsFromForm } from './exam';
import { fieldErrors } from './form-errors';
import { prescriptionSchema } from './prescription';
import { problemSchema, resolveProblemSchema } from './problem';

const past = '2026-01-10T09:30:00+07:00';
const errorsOf = (r: { success: boolean; error?: unknown }) => (r.success ? {} : fieldErrors(r.error as never));

describe('examSchema', () => {
	it('stores a weight typed in kg as grams, and drops blank findings', () => {
		const r = examSchema.parse({ examinedAt: past, weight: '2.5', weightUnit: 'kg', findings: findingsFromForm({ finding_eyes: 'Cloudy', finding_shell: '' }) });
		expect(r.weightG).toBe(2500);
		expect(r.findings).toEqual({ eyes: 'Cloudy' });
		expect(r.weightConfirmed).toBe(false);
	});

	it('reads Khmer digits', () => {
		expect(examSchema.parse({ examinedAt: past, weight: '១២៥០' }).weightG).toBe(1250);
	});

	it('refuses zero, negative, comma decimals, a future time, a bad score and temperature', () => {
		expect(errorsOf(examSchema.safeParse({ examinedAt: past, weight: '0' }))).toEqual({ weight: 'weight_invalid' });
		expect(errorsOf(examSchema.safeParse({ examinedAt: past, weight: '-5' }))).toEqual({ weight: 'weight_invalid' });
		expect(errorsOf(examSchema.safeParse({ examinedAt: past, weight: '1,5' }))).toEqual({ weight: 'weight_invalid' });
		expect(errorsOf(examSchema.safeParse({ examinedAt: '2999-01-01T00:00:00+07:00' }))).toEqual({ examinedAt: 'datetime_in_future' });
		expect(errorsOf(examSchema.safeParse({ examinedAt: past, bodyConditionScore: '6' }))).toEqual({ bodyConditionScore: 'bcs_invalid' });
		expect(errorsOf(examSchema.safeParse({ examinedAt: past, temperatureC: '80' }))).toEqual({ temperatureC: 'temperature_invalid' });
	});

	it('keeps the confirmation box', () => {
		expect(examSchema.parse({ examinedAt: past, weight: '40', weightUnit: 'kg', weightConfirmed: 'yes' }).weightConfirmed).toBe(true);
	});
});

describe('prescriptionSchema', () => {
	const valid = { drugId: '00000000-0000-4000-8000-000000000001', doseMgPerKg: '5', route: 'im', frequencyPerDay: '1', durationDays: '7', startsOn: '2026-01-10' };

	it('accepts a prescription, every day by default, without reasons', () => {
		expect(prescriptionSchema.parse(valid)).toMatchObject({ doseMgPerKg: 5, everyDays: 1, weightAgeOverrideReason: null, outOfRangeReason: null });
	});

	it('refuses a zero dose, an unknown route, a short reason', () => {
		expect(errorsOf(prescriptionSchema.safeParse({ ...valid, doseMgPerKg: '0' }))).toEqual({ doseMgPerKg: 'dose_invalid' });
		// The column keeps 4 decimals: a fifth is refused rather than rounded away unseen.
		expect(prescriptionSchema.parse({ ...valid, doseMgPerKg: '0.0015' }).doseMgPerKg).toBe(0.0015);
		expect(errorsOf(prescriptionSchema.safeParse({ ...valid, doseMgPerKg: '0.00145' }))).toEqual({ doseMgPerKg: 'dose_invalid' });
		expect(errorsOf(prescriptionSchema.safeParse({ ...valid, route: 'ear' }))).toEqual({ route: 'route_invalid' });
		expect(errorsOf(prescriptionSchema.safeParse({ ...valid, outOfRangeReason: 'ok' }))).toEqual({ outOfRangeReason: 'reason_too_short' });
		expect(errorsOf(prescriptionSchema.safeParse({ ...valid, drugId: '' }))).toEqual({ drugId: 'drug_required' });
	});
});

describe('administrationSchema', () => {
	const base = { prescriptionId: '00000000-0000-4000-8000-000000000001', givenAt: past };

	it('needs the actual volume when given, and none otherwise', () => {
		expect(administrationSchema.parse({ ...base, outcome: 'given', actualMl: '0.2' }).actualMl).toBe(0.2);
		expect(errorsOf(administrationSchema.safeParse({ ...base, outcome: 'given', actualMl: '' }))).toEqual({ actualMl: 'actual_ml_required' });
		expect(errorsOf(administrationSchema.safeParse({ ...base, outcome: 'refused', actualMl: '0.2' }))).toEqual({ actualMl: 'actual_ml_not_allowed' });
		expect(administrationSchema.parse({ ...base, outcome: 'missed' }).actualMl).toBeNull();
	});

	it('refuses a time in the future', () => {
		expect(errorsOf(administrationSchema.safeParse({ ...base, givenAt: '2999-01-01T00:00:00+07:00', outcome: 'missed' }))).toEqual({
			givenAt: 'datetime_in_future'
		});
	});
});

describe('resolveProblemSchema', () => {
	const resolve = resolveProblemSchema('2026-01-10');
	it('takes today or an earlier day, and refuses a day to come and a problem that is not one', () => {
		const id = '00000000-0000-4000-8000-000000000001';
		expect(resolve.parse({ problemId: id, resolvedOn: '2026-01-10' }).resolvedOn).toBe('2026-01-10');
		expect(errorsOf(resolve.safeParse({ problemId: id, resolvedOn: '2026-01-11' }))).toEqual({ resolvedOn: 'resolved_in_future' });
		expect(errorsOf(resolve.safeParse({ problemId: 'x', resolvedOn: '10/01/2026' }))).toEqual({ problemId: 'problem_required', resolvedOn: 'date_invalid' });
	});
});

describe('problemSchema', () => {
	it('refuses a resolution before the start', () => {
		expect(errorsOf(problemSchema.safeParse({ title: 'Mites', startedOn: '2026-01-10', resolvedOn: '2026-01-09' }))).toEqual({
			resolvedOn: 'resolved_before_start'
		});
		expect(problemSchema.parse({ title: 'Mites', startedOn: '2026-01-10', resolvedOn: '' }).resolvedOn).toBeNull();
	});
});
