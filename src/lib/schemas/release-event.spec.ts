import { describe, expect, it } from 'vitest';
import { fieldErrors } from './form-errors';
import { coordinateText, releaseEventSchema, subjectsForDb, subjectsFromForm } from './release-event';

const A = '2b0f4a86-6a5c-4c5e-9d3f-0a7c1b2d3e4f';
const B = '7c1e9f20-3b4d-4e6f-8a9b-1c2d3e4f5a6b';
const release = (over: Record<string, unknown> = {}) => ({
	occurredAt: '2026-06-20T07:30:00+07:00',
	siteName: ' Phnom Kulen, east ridge ',
	protectedArea: '',
	latitude: '13.6012',
	longitude: '104.1123',
	outsideBoundsReason: '',
	method: 'soft',
	teamMembers: 'Srey Mom Keo\r\n\r\n  Vannak Sok  \n',
	subjects: [{ assessmentId: A, count: '' }],
	notes: '',
	confirm: 'yes',
	clientKey: B,
	...over
});
const errorsOf = (input: unknown) => {
	const r = releaseEventSchema.safeParse(input);
	return r.success ? {} : fieldErrors(r.error);
};

describe('releaseEventSchema', () => {
	it('reads a release: trimmed names, one team member per line, empty optional fields as null', () => {
		expect(releaseEventSchema.parse(release())).toMatchObject({
			siteName: 'Phnom Kulen, east ridge',
			protectedArea: null,
			latitude: 13.6012,
			longitude: 104.1123,
			outsideBoundsReason: null,
			teamMembers: ['Srey Mom Keo', 'Vannak Sok'],
			subjects: [{ assessmentId: A, count: null }],
			notes: null
		});
	});

	it('leaves coordinates outside Cambodia to the database (it knows the centre), but not out of range', () => {
		expect(releaseEventSchema.safeParse(release({ latitude: '48.85', longitude: '2.35' })).success).toBe(true);
		expect(errorsOf(release({ latitude: '91', longitude: '181' }))).toEqual({ latitude: 'latitude_invalid', longitude: 'longitude_invalid' });
		expect(errorsOf(release({ latitude: '', longitude: '13°36′N' }))).toEqual({
			latitude: 'release_event_latitude_required',
			longitude: 'longitude_invalid'
		});
	});

	it('needs the confirmation, a team, a method and at least one assessment', () => {
		expect(errorsOf(release({ confirm: undefined, teamMembers: ' \n ', method: 'airdrop', subjects: [] }))).toEqual({
			confirm: 'confirm_required',
			teamMembers: 'release_event_team_required',
			method: 'release_event_method_required',
			subjects: 'release_event_subjects_required'
		});
	});

	it('refuses a future time, a garbage client key, the same assessment twice and a count of 0', () => {
		const future = new Date(Date.now() + 3_600_000).toISOString();
		expect(errorsOf(release({ occurredAt: future, clientKey: 'x' }))).toEqual({ occurredAt: 'datetime_in_future', clientKey: 'release_event_form_stale' });
		expect(errorsOf(release({ subjects: [{ assessmentId: A }, { assessmentId: A }] }))).toEqual({ subjects: 'release_event_subjects_invalid' });
		expect(errorsOf(release({ subjects: [{ assessmentId: A, count: '0' }] }))).toEqual({ subjects: 'release_event_count_invalid' });
	});

	it('cites photos by id only, and at most 50', () => {
		expect(releaseEventSchema.parse(release()).photoIds).toEqual([]);
		expect(releaseEventSchema.parse(release({ photoIds: [A] })).photoIds).toEqual([A]);
		expect(errorsOf(release({ photoIds: ['photo.png'] }))).toEqual({ photoIds: 'release_event_photo_invalid' });
		expect(errorsOf(release({ photoIds: Array.from({ length: 51 }, () => A) }))).toEqual({ photoIds: 'release_event_photo_invalid' });
	});

	it('wants an outside-the-country reason written out when one is given', () => {
		expect(errorsOf(release({ outsideBoundsReason: 'yes' }))).toEqual({ outsideBoundsReason: 'release_event_reason_too_short' });
	});
});

describe('coordinateText', () => {
	it('reads signs and Khmer digits, rounds to the 6 decimals the database keeps', () => {
		const lat = coordinateText('latitude_invalid', 90);
		expect(['-0.5', '+13.6', '១៣.៦', '13.60123456789', ''].map((v) => lat.parse(v))).toEqual([-0.5, 13.6, 13.6, 13.601235, null]);
		expect(lat.safeParse('13,6').success).toBe(false);
	});
});

describe('subjects from the form', () => {
	it('keeps the ticked assessments with the count typed next to each, and leaves the others out', () => {
		const data = new FormData();
		data.append('assessment', A);
		data.append('count.' + A, '4');
		data.append('count.' + B, '9');
		expect(subjectsFromForm(data)).toEqual([{ assessmentId: A, count: '4' }]);
	});

	it('sends no count for "all of them"', () => {
		expect(subjectsForDb([{ assessmentId: A, count: null }, { assessmentId: B, count: 3 }])).toEqual([
			{ assessment_id: A },
			{ assessment_id: B, count: 3 }
		]);
	});
});
