import { describe, expect, it } from 'vitest';
import { doseRangeSchema, drugDetailsSchema, drugSchema, removeDoseRangeSchema } from './drug';
import { fieldErrors } from './form-errors';

const errorsOf = (r: { success: boolean; error?: unknown }) => (r.success ? {} : fieldErrors(r.error as never));

describe('drugSchema', () => {
	it('reads a drug as typed, blank form and notes as null', () => {
		expect(drugSchema.parse({ name: '  Meloxicam 5 mg/ml ', concentrationMgPerMl: '5', form: '', notes: ' ' })).toEqual({
			name: 'Meloxicam 5 mg/ml',
			concentrationMgPerMl: 5,
			form: null,
			notes: null
		});
		expect(drugSchema.parse({ name: 'Enrofloxacin', concentrationMgPerMl: '២៥', form: 'Injectable' }).concentrationMgPerMl).toBe(25);
	});

	it('refuses a missing name, a zero, comma or huge concentration and a one-letter form', () => {
		expect(errorsOf(drugSchema.safeParse({ name: ' ', concentrationMgPerMl: '5' }))).toEqual({ name: 'drug_name_required' });
		for (const c of ['', '0', '1,5', '10001', 'five']) {
			expect(errorsOf(drugSchema.safeParse({ name: 'Meloxicam', concentrationMgPerMl: c })), c).toEqual({ concentrationMgPerMl: 'concentration_invalid' });
		}
		expect(errorsOf(drugSchema.safeParse({ name: 'Meloxicam', concentrationMgPerMl: '5', form: 'x' }))).toEqual({ form: 'drug_form_too_short' });
	});
});

describe('doseRangeSchema', () => {
	const valid = { drugId: '00000000-0000-4000-8000-000000000001', taxonClass: 'reptile', minMgPerKg: '0.1', maxMgPerKg: '0.5', source: 'Carpenter, Exotic Animal Formulary, p. 102' };

	it('accepts a range with its source; min and max may be equal', () => {
		expect(doseRangeSchema.parse(valid)).toMatchObject({ taxonClass: 'reptile', minMgPerKg: 0.1, maxMgPerKg: 0.5 });
		expect(doseRangeSchema.safeParse({ ...valid, maxMgPerKg: '0.1' }).success).toBe(true);
	});

	it('refuses a reversed range, no source, an unknown class or drug', () => {
		expect(errorsOf(doseRangeSchema.safeParse({ ...valid, minMgPerKg: '1', maxMgPerKg: '0.5' }))).toEqual({ maxMgPerKg: 'dose_range_reversed' });
		expect(errorsOf(doseRangeSchema.safeParse({ ...valid, source: ' ' }))).toEqual({ source: 'dose_range_source_required' });
		expect(errorsOf(doseRangeSchema.safeParse({ ...valid, taxonClass: 'dragon' }))).toEqual({ taxonClass: 'taxon_class_required' });
		expect(errorsOf(doseRangeSchema.safeParse({ ...valid, drugId: '' }))).toEqual({ drugId: 'drug_required' });
		expect(errorsOf(doseRangeSchema.safeParse({ ...valid, minMgPerKg: '0' }))).toEqual({ minMgPerKg: 'dose_invalid' });
	});
});

describe('drugDetailsSchema', () => {
	const drugId = '00000000-0000-4000-8000-000000000001';

	it('takes form and notes only, blank as null: name and concentration cannot be edited', () => {
		expect(drugDetailsSchema.parse({ drugId, form: ' Tablet ', notes: '', name: 'Other', concentrationMgPerMl: '9' })).toEqual({ drugId, form: 'Tablet', notes: null });
	});

	it('refuses a one-letter form and a missing drug', () => {
		expect(errorsOf(drugDetailsSchema.safeParse({ drugId, form: 'x' }))).toEqual({ form: 'drug_form_too_short' });
		expect(errorsOf(drugDetailsSchema.safeParse({ form: 'Tablet' }))).toEqual({ drugId: 'drug_required' });
	});
});

describe('removeDoseRangeSchema', () => {
	const key = { drugId: '00000000-0000-4000-8000-000000000001', taxonClass: 'bird' };

	it('needs the box ticked', () => {
		expect(removeDoseRangeSchema.parse({ ...key, confirm: 'yes' })).toEqual({ ...key, confirm: true });
		expect(errorsOf(removeDoseRangeSchema.safeParse(key))).toEqual({ confirm: 'dose_range_remove_unconfirmed' });
	});
});
