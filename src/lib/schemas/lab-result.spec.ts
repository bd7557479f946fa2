import { describe, expect, it } from 'vitest';
import { fieldErrors } from './form-errors';
import { labResultSchema } from './lab-result';

const collected = '2026-01-10T09:30:00+07:00';
const resulted = '2026-01-11T14:00:00+07:00';
const base = { testName: 'Packed cell volume', sampleType: 'blood', collectedAt: collected, resultedAt: resulted };
const errorsOf = (input: Record<string, string>) => {
	const r = labResultSchema.safeParse(input);
	return r.success ? {} : fieldErrors(r.error);
};

describe('labResultSchema', () => {
	it('reads a number with its unit and range, and leaves blanks null', () => {
		const r = labResultSchema.parse({ ...base, value: '41', unit: ' % ', rangeLow: '20', rangeHigh: '35', laboratory: '', flag: '' });
		expect(r).toMatchObject({ value: 41, unit: '%', rangeLow: 20, rangeHigh: 35, resultText: null, laboratory: null, flag: null, correctsId: null });
	});

	it('reads negative values and Khmer digits', () => {
		expect(labResultSchema.parse({ ...base, value: '-4.5', unit: 'mmol/L', rangeLow: '-2', rangeHigh: '២' })).toMatchObject({ value: -4.5, rangeHigh: 2 });
	});

	it('keeps a text result with the flag given', () => {
		const r = labResultSchema.parse({ ...base, sampleType: 'faeces', resultText: 'Salmonella spp. isolated', flag: 'abnormal' });
		expect(r).toMatchObject({ value: null, resultText: 'Salmonella spp. isolated', flag: 'abnormal' });
	});

	it('refuses a result without a value, or with both kinds', () => {
		expect(errorsOf(base)).toEqual({ value: 'lab_value_required' });
		expect(errorsOf({ ...base, value: '30', unit: '%', resultText: 'thirty' })).toEqual({ resultText: 'lab_value_both' });
	});

	it('refuses a number without its unit, a comma, and a unit or range on a text result', () => {
		expect(errorsOf({ ...base, value: '30' })).toEqual({ unit: 'lab_unit_required' });
		expect(errorsOf({ ...base, value: '1,5', unit: '%' })).toEqual({ value: 'lab_value_invalid' });
		expect(errorsOf({ ...base, resultText: 'negative', unit: '%' })).toEqual({ unit: 'lab_unit_without_value' });
		expect(errorsOf({ ...base, resultText: 'negative', rangeLow: '1' })).toEqual({ rangeLow: 'lab_range_without_value' });
	});

	it('refuses a reversed range and a result before its sample', () => {
		expect(errorsOf({ ...base, value: '30', unit: '%', rangeLow: '35', rangeHigh: '20' })).toEqual({ rangeHigh: 'lab_range_reversed' });
		expect(errorsOf({ ...base, value: '30', unit: '%', resultedAt: '2026-01-09T09:30:00+07:00' })).toEqual({ resultedAt: 'lab_resulted_before_collected' });
	});

	it('refuses a collection in the future and an unknown sample or flag', () => {
		expect(errorsOf({ ...base, value: '30', unit: '%', collectedAt: '2999-01-01T00:00:00+07:00' })).toMatchObject({ collectedAt: 'datetime_in_future' });
		expect(errorsOf({ ...base, value: '30', unit: '%', sampleType: 'hair' })).toEqual({ sampleType: 'lab_sample_type_invalid' });
		expect(errorsOf({ ...base, value: '30', unit: '%', flag: 'fine' })).toEqual({ flag: 'lab_flag_invalid' });
	});

	it('needs the reason of a correction', () => {
		const correction = { ...base, value: '31', unit: '%', correctsId: '00000000-0000-4000-8000-000000000001' };
		expect(errorsOf(correction)).toEqual({ correctionReason: 'lab_correction_reason_required' });
		expect(errorsOf({ ...correction, correctionReason: 'typo' })).toEqual({ correctionReason: 'reason_too_short' });
		expect(labResultSchema.parse({ ...correction, correctionReason: 'Transcription error' }).correctionReason).toBe('Transcription error');
	});
});
