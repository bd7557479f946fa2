import { describe, expect, it } from 'vitest';
import { centreToday } from '$lib/domain/centre-time';
import { fieldErrors } from './form-errors';
import { monitoringEntrySchema } from './release-monitoring';

const entry = (over: Record<string, string | undefined> = {}) => ({
	dispositionId: '2b0f4a86-6a5c-4c5e-9d3f-0a7c1b2d3e4f',
	observedOn: '2026-06-21',
	method: 'camera_trap',
	location: '',
	latitude: '',
	longitude: '',
	condition: 'good',
	animalsSeen: '',
	notes: '',
	clientKey: '6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b',
	...over
});
const errorsOf = (input: unknown) => {
	const r = monitoringEntrySchema.safeParse(input);
	return r.success ? {} : fieldErrors(r.error);
};

describe('monitoringEntrySchema', () => {
	it('reads an entry with its optional fields empty', () => {
		expect(monitoringEntrySchema.parse(entry())).toEqual({
			dispositionId: '2b0f4a86-6a5c-4c5e-9d3f-0a7c1b2d3e4f',
			observedOn: '2026-06-21',
			method: 'camera_trap',
			location: null,
			latitude: null,
			longitude: null,
			condition: 'good',
			animalsSeen: null,
			notes: null,
			clientKey: '6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b'
		});
	});

	it('needs the key the page gave the form, which makes a resend harmless', () => {
		expect(errorsOf(entry({ clientKey: undefined }))).toEqual({ clientKey: 'release_event_form_stale' });
		expect(errorsOf(entry({ clientKey: 'resend' }))).toEqual({ clientKey: 'release_event_form_stale' });
	});

	it('counts the animals seen, none included', () => {
		expect(monitoringEntrySchema.parse(entry({ animalsSeen: '0' })).animalsSeen).toBe(0);
		expect(errorsOf(entry({ animalsSeen: '-1' }))).toEqual({ animalsSeen: 'monitoring_animals_seen_invalid' });
	});

	it('wants both coordinates or neither', () => {
		expect(errorsOf(entry({ latitude: '13.6' }))).toEqual({ latitude: 'coordinates_together' });
		expect(monitoringEntrySchema.parse(entry({ latitude: '13.6', longitude: '104.1' }))).toMatchObject({ latitude: 13.6, longitude: 104.1 });
	});

	it('refuses a day after today, an unknown method or condition, and a missing subject', () => {
		expect(errorsOf(entry({ observedOn: '2999-01-01', method: 'drone', condition: 'happy', dispositionId: '' }))).toEqual({
			observedOn: 'monitoring_in_future',
			method: 'monitoring_method_required',
			condition: 'monitoring_condition_required',
			dispositionId: 'monitoring_subject_required'
		});
		expect(monitoringEntrySchema.safeParse(entry({ observedOn: centreToday() })).success).toBe(true);
	});

	it('wants a location of at least 2 characters when one is given', () => {
		expect(errorsOf(entry({ location: 'x' }))).toEqual({ location: 'monitoring_location_invalid' });
	});
});
