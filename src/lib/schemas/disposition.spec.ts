import { describe, expect, it } from 'vitest';
import { animalDispositionSchema, itemDispositionSchema, lotDispositionSchema } from './disposition';
import { fieldErrors } from './form-errors';

const vet = '00000000-0000-4000-8000-0000000000a2';
const key = '7d3f4c1e-2b7a-4c55-9a51-3d2f0c9b8e11';
const base = { occurredAt: '2026-06-20T08:15:00+07:00', place: 'Reptile house, tank 12', confirm: 'yes', clientKey: key };
const errorsOf = (schema: typeof animalDispositionSchema | typeof lotDispositionSchema | typeof itemDispositionSchema, input: Record<string, unknown>) => {
	const r = schema.safeParse(input);
	return r.success ? {} : fieldErrors(r.error);
};

describe('animalDispositionSchema', () => {
	it('reads a death found in the morning, with its cause, and drops the other kinds\' fields', () => {
		const r = animalDispositionSchema.parse({ ...base, kind: 'died', foundDead: 'yes', cause: ' unknown ', permitNumber: 'FA-1', notes: '' });
		expect(r).toEqual({ ...base, kind: 'died', foundDead: true, cause: 'unknown', notes: null });
	});

	it('needs the kind, and refuses releases and destruction of an animal', () => {
		expect(errorsOf(animalDispositionSchema, base)).toEqual({ kind: 'disposition_kind_required' });
		expect(errorsOf(animalDispositionSchema, { ...base, kind: 'released' })).toEqual({ kind: 'disposition_kind_required' });
		expect(errorsOf(animalDispositionSchema, { ...base, kind: 'destroyed', reason: 'Court order 2026/4', method: 'incineration', authorisedBy: vet })).toEqual({
			kind: 'disposition_kind_required'
		});
	});

	it('asks each kind for its own fields', () => {
		expect(errorsOf(animalDispositionSchema, { ...base, kind: 'died' })).toEqual({ foundDead: 'found_dead_required', cause: 'disposition_cause_required' });
		expect(errorsOf(animalDispositionSchema, { ...base, kind: 'euthanized', reason: 'too short', method: 'IV', authorisedBy: '' })).toEqual({
			reason: 'disposition_reason_too_short',
			method: 'disposition_method_required',
			authorisedBy: 'authorised_by_required'
		});
		expect(errorsOf(animalDispositionSchema, { ...base, kind: 'transferred_out', receivingOrganisation: ' ', receivedByName: 'S' })).toEqual({
			receivingOrganisation: 'receiving_organisation_required',
			permitNumber: 'permit_number_required',
			receivedByName: 'received_by_name_required'
		});
		expect(animalDispositionSchema.parse({ ...base, kind: 'escaped' })).toMatchObject({ kind: 'escaped', notes: null });
	});

	it('keeps a euthanasia\'s hold consent reference and a receiver\'s optional ID number', () => {
		const e = animalDispositionSchema.parse({
			...base, kind: 'euthanized', reason: 'Untreatable spinal fracture', method: 'pentobarbital IV', authorisedBy: vet, holdConsentReference: ' PP-118 '
		});
		expect(e).toMatchObject({ authorisedBy: vet, holdConsentReference: 'PP-118' });
		const t = animalDispositionSchema.parse({ ...base, kind: 'transferred_out', receivingOrganisation: 'ACCB', permitNumber: 'FA-42', receivedByName: 'Sok Dara' });
		expect(t).toMatchObject({ receivedByIdNumber: null });
	});

	it('needs the confirmation, a place and a past time; a garbage client key is refused', () => {
		expect(errorsOf(animalDispositionSchema, { ...base, kind: 'escaped', confirm: undefined, place: 'x', occurredAt: '2999-01-01T00:00:00+07:00', clientKey: 'nope' })).toEqual({
			confirm: 'confirm_required',
			place: 'place_required',
			occurredAt: 'datetime_in_future',
			clientKey: 'invalid'
		});
		expect(animalDispositionSchema.parse({ ...base, kind: 'escaped', clientKey: '' }).clientKey).toBeNull();
	});
});

describe('lotDispositionSchema', () => {
	it('needs a whole number of animals, Khmer digits included', () => {
		expect(lotDispositionSchema.parse({ ...base, kind: 'escaped', count: '១២' })).toMatchObject({ count: 12 });
		expect(errorsOf(lotDispositionSchema, { ...base, kind: 'escaped', count: '0' })).toEqual({ count: 'disposition_count_invalid' });
		expect(errorsOf(lotDispositionSchema, { ...base, kind: 'escaped', count: '2.5' })).toEqual({ count: 'disposition_count_invalid' });
		expect(errorsOf(lotDispositionSchema, { ...base, kind: 'escaped' })).toEqual({ count: 'disposition_count_invalid' });
	});
});

describe('itemDispositionSchema', () => {
	it('hands over or destroys, and nothing else', () => {
		const d = itemDispositionSchema.parse({ ...base, kind: 'destroyed', reason: 'Court order 2026/4 to destroy', method: 'incineration', authorisedBy: vet });
		expect(d).toMatchObject({ kind: 'destroyed', authorisedBy: vet });
		expect(errorsOf(itemDispositionSchema, { ...base, kind: 'died', foundDead: 'yes', cause: 'unknown' })).toEqual({ kind: 'disposition_kind_required' });
	});
});
