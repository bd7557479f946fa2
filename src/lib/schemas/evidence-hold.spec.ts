import { describe, expect, it } from 'vitest';
import { en } from '$lib/i18n/en';
import { liftHoldSchema, placeHoldSchema } from './evidence-hold';
import { fieldErrors } from './form-errors';

const holdId = '8f5e2d7a-3c41-4b9e-9a6d-2f0c1b7e5a93';
const lift = { holdId, liftCourtReference: 'PP-Court 2026/118 judgment', confirm: 'on' };
const errorsOf = (schema: typeof placeHoldSchema | typeof liftHoldSchema, input: Record<string, unknown>) => {
	const r = schema.safeParse(input);
	return r.success ? {} : fieldErrors(r.error);
};

describe('placeHoldSchema', () => {
	it('trims the reason and turns a blank court reference into null', () => {
		expect(placeHoldSchema.parse({ reason: '  Trial set for March: the pangolins are exhibits ', courtReference: '   ' })).toEqual({
			reason: 'Trial set for March: the pangolins are exhibits',
			courtReference: null
		});
		expect(placeHoldSchema.parse({ reason: 'Appeal', courtReference: ' PP-Court 2026/118 ' }).courtReference).toBe('PP-Court 2026/118');
	});

	it('needs a reason of 5 to 2,000 characters, as the database does', () => {
		expect(errorsOf(placeHoldSchema, {})).toEqual({ reason: 'hold_reason_required' });
		expect(errorsOf(placeHoldSchema, { reason: '   ' })).toEqual({ reason: 'hold_reason_required' });
		expect(errorsOf(placeHoldSchema, { reason: ' Tria ' })).toEqual({ reason: 'hold_reason_too_short' });
		expect(errorsOf(placeHoldSchema, { reason: 'x'.repeat(2001) })).toEqual({ reason: 'hold_reason_too_long' });
		expect(placeHoldSchema.safeParse({ reason: 'x'.repeat(2000) }).success).toBe(true);
		expect(placeHoldSchema.safeParse({ reason: 'Trial' }).success).toBe(true);
	});

	it('refuses a court reference over 200 characters', () => {
		expect(errorsOf(placeHoldSchema, { reason: 'Trial set for March', courtReference: 'x'.repeat(201) })).toEqual({
			courtReference: 'hold_court_reference_too_long'
		});
	});
});

describe('liftHoldSchema', () => {
	it('reads the hold, the reference, optional notes and the confirmation', () => {
		expect(liftHoldSchema.parse({ ...lift, liftNotes: ' Verdict given ' })).toEqual({
			holdId,
			liftCourtReference: 'PP-Court 2026/118 judgment',
			liftNotes: 'Verdict given',
			confirm: 'on'
		});
		expect(liftHoldSchema.parse({ ...lift, liftNotes: '' }).liftNotes).toBeNull();
	});

	it('needs the court reference of the lifting decision', () => {
		expect(errorsOf(liftHoldSchema, { ...lift, liftCourtReference: '' })).toEqual({ liftCourtReference: 'hold_lift_reference_required' });
		expect(errorsOf(liftHoldSchema, { ...lift, liftCourtReference: '  ' })).toEqual({ liftCourtReference: 'hold_lift_reference_required' });
		expect(errorsOf(liftHoldSchema, { ...lift, liftCourtReference: undefined })).toEqual({ liftCourtReference: 'hold_lift_reference_required' });
		expect(errorsOf(liftHoldSchema, { ...lift, liftCourtReference: 'x'.repeat(201) })).toEqual({ liftCourtReference: 'hold_court_reference_too_long' });
	});

	it('needs the box ticked, a known hold and notes of at most 2,000 characters', () => {
		expect(errorsOf(liftHoldSchema, { ...lift, confirm: undefined })).toEqual({ confirm: 'hold_lift_unconfirmed' });
		expect(errorsOf(liftHoldSchema, { ...lift, confirm: 'yes' })).toEqual({ confirm: 'hold_lift_unconfirmed' });
		expect(errorsOf(liftHoldSchema, { ...lift, holdId: 'not-a-uuid' })).toEqual({ holdId: 'hold_unknown' });
		expect(errorsOf(liftHoldSchema, { ...lift, liftNotes: 'x'.repeat(2001) })).toEqual({ liftNotes: 'hold_lift_notes_too_long' });
	});

	it('reports every refusal with a key that has a text', () => {
		const keys = [
			...Object.values(errorsOf(placeHoldSchema, { reason: 'x', courtReference: 'x'.repeat(201) })),
			...Object.values(errorsOf(liftHoldSchema, { holdId: 1, liftCourtReference: 2, liftNotes: 'x'.repeat(2001) }))
		];
		expect(keys).toHaveLength(6);
		for (const key of keys) expect(en.validation[key!]).toMatch(/\S/);
	});
});
