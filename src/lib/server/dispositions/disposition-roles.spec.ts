import { describe, expect, it } from 'vitest';
import { dispositionRefusal } from './disposition-refusals';
import { animalKindsFor, itemKindsFor } from './disposition-roles';

describe('who may end custody', () => {
	it('offers each role the endings record_disposition() lets it record', () => {
		expect(animalKindsFor('keeper')).toEqual(['died', 'escaped']);
		expect(animalKindsFor('vet')).toEqual(['died', 'euthanized', 'escaped', 'transferred_out']);
		expect(animalKindsFor('release_team')).toEqual(['transferred_out']);
		expect(animalKindsFor('admin')).toEqual(['died', 'euthanized', 'escaped', 'transferred_out']);
		expect(animalKindsFor('prosecutor')).toEqual([]);
	});

	it('leaves items to the administrator', () => {
		expect(itemKindsFor('admin')).toEqual(['transferred_out', 'destroyed']);
		expect(itemKindsFor('vet')).toEqual([]);
	});
});

describe('dispositionRefusal', () => {
	it('puts each refusal next to its field, whatever the hint says', () => {
		expect(dispositionRefusal({ code: 'RL302', message: 'x' })).toEqual({ kind: 'field', field: 'count', key: 'disposition_count_exceeds_lot' });
		expect(dispositionRefusal({ code: 'RL303', message: 'x' })).toEqual({ kind: 'field', field: 'form', key: 'disposition_case_on_hold' });
		expect(dispositionRefusal({ code: 'RL307', message: 'x' })).toEqual({ kind: 'field', field: 'authorisedBy', key: 'authorised_by_invalid' });
	});

	it('tells role, missing subject and check refusals apart, and leaves the unknown to the caller', () => {
		expect(dispositionRefusal({ code: '42501', message: 'x' })).toEqual({ kind: 'forbidden' });
		expect(dispositionRefusal({ code: 'PT404', message: 'x' })).toEqual({ kind: 'not_found' });
		expect(dispositionRefusal({ code: '23514', message: 'violates check' })).toEqual({ kind: 'invalid', message: 'violates check' });
		expect(dispositionRefusal({ code: '57014', message: 'timeout' })).toBeNull();
	});
});
