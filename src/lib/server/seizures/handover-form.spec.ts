import { describe, expect, it } from 'vitest';
import { parseHandoverForm, splitSeals } from './handover-form';

const photoId = '6a0d5a3e-8a63-4c4b-9b1e-5d1f2f0c0a09';
const complete = {
	animalCode: 'PT-2026-000123',
	eventType: 'handed_over',
	occurredAt: '2026-06-14T12:30',
	place: 'Clinic',
	fromName: 'Vannak Sok',
	fromAgency: 'Phnom Tamao Wildlife Rescue Centre',
	fromIdNumber: '',
	toName: 'Dr. Dara Lim',
	toAgency: 'Phnom Tamao Wildlife Rescue Centre',
	toIdNumber: 'V-17',
	purpose: 'X-ray',
	sealsApplied: 'S-1, S-2 ,,',
	sealsBroken: '',
	notes: '',
	confirm: 'yes'
};

function form(fields: Record<string, string>, photoIds: string[] = []) {
	const data = new FormData();
	for (const [name, value] of Object.entries(fields)) data.append(name, value);
	for (const id of photoIds) data.append('photoIds', id);
	return data;
}

describe('parseHandoverForm', () => {
	it('builds the custody event: centre time, both parties, seals and cited photos', () => {
		const parsed = parseHandoverForm(form(complete, [photoId]));
		expect(parsed.ok).toBe(true);
		if (!parsed.ok) return;
		expect(parsed.input).toMatchObject({
			animalCode: 'PT-2026-000123',
			eventType: 'handed_over',
			occurredAt: '2026-06-14T12:30:00+07:00',
			place: 'Clinic',
			from: { name: 'Vannak Sok', agency: 'Phnom Tamao Wildlife Rescue Centre', idNumber: undefined },
			to: { name: 'Dr. Dara Lim', agency: 'Phnom Tamao Wildlife Rescue Centre', idNumber: 'V-17' },
			purpose: 'X-ray',
			sealsApplied: ['S-1', 'S-2'],
			sealsBroken: [],
			photoIds: [photoId],
			notes: undefined
		});
		expect(parsed.input).not.toHaveProperty('lotId');
	});

	it('leaves the releasing party out when none of its fields is filled', () => {
		const parsed = parseHandoverForm(form({ ...complete, eventType: 'moved', fromName: '', fromAgency: '' }));
		expect(parsed.ok && parsed.input.from).toBeUndefined();
	});

	it('names the receiving party fields by input name and keeps the values', () => {
		const parsed = parseHandoverForm(form({ ...complete, toName: '', toAgency: ' ' }, [photoId]));
		expect(parsed).toMatchObject({
			ok: false,
			errors: { toName: 'party_name_required', toAgency: 'party_agency_required' },
			values: { place: 'Clinic', fromName: 'Vannak Sok', sealsApplied: 'S-1, S-2 ,,', photoIds: [photoId] }
		});
	});

	it('needs the releasing party for a handover', () => {
		const parsed = parseHandoverForm(form({ ...complete, fromName: '', fromAgency: '' }));
		expect(parsed).toMatchObject({ ok: false, errors: { from: 'releasing_party_required' } });
	});

	it('needs the confirmation, even when everything else is right', () => {
		const { confirm: _confirm, ...unconfirmed } = complete;
		expect(parseHandoverForm(form(unconfirmed))).toMatchObject({ ok: false, errors: { confirm: 'confirm_required' } });
		expect(parseHandoverForm(form({ ...complete, confirm: 'on' }))).toMatchObject({ ok: false, errors: { confirm: 'confirm_required' } });
	});

	it('refuses an event type that ends custody, a bad time and a missing place', () => {
		const parsed = parseHandoverForm(form({ ...complete, eventType: 'released', occurredAt: 'soon', place: ' ' }));
		expect(parsed).toMatchObject({
			ok: false,
			errors: { eventType: 'event_type_invalid', occurredAt: 'datetime_invalid', place: 'place_required' }
		});
	});

	it('lets the page fix the subject, whatever hidden field was sent', () => {
		const parsed = parseHandoverForm(form({ ...complete, animalCode: '', lotId: photoId }), { animalCode: 'PT-2026-000124' });
		expect(parsed.ok && parsed.input).toMatchObject({ animalCode: 'PT-2026-000124' });
		expect(parsed.ok && parsed.input).not.toHaveProperty('lotId');
	});

	it('takes a lot, item or case named by a hidden field on pages without a fixed subject', () => {
		const { animalCode: _code, ...rest } = complete;
		expect(parseHandoverForm(form({ ...rest, lotId: photoId }))).toMatchObject({ ok: true, input: { lotId: photoId } });
		expect(parseHandoverForm(form(rest))).toMatchObject({ ok: false, errors: { subject: 'subject_required' } });
	});
});

describe('splitSeals', () => {
	it('splits on commas and drops blanks', () => {
		expect(splitSeals(' A-1,A-2 , ,')).toEqual(['A-1', 'A-2']);
		expect(splitSeals('')).toEqual([]);
	});
});
