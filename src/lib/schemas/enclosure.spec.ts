import { describe, expect, it } from 'vitest';
import { fieldErrors } from './form-errors';
import { enclosureMoveSchema } from './enclosure-move';
import { newPlaceSchema } from './enclosure';
import { quarantineClearanceSchema } from './quarantine-clearance';

const AREA = '00000000-0000-4000-8000-00000000e110';
const place = (over: Record<string, unknown>) => ({
	kind: 'enclosure',
	parentId: AREA,
	name: 'Tank 13',
	enclosureType: 'tank',
	capacity: '30',
	suitsClasses: ['reptile'],
	isQuarantine: true,
	notes: '',
	...over
});

describe('newPlaceSchema', () => {
	it('accepts an enclosure with type and capacity', () => {
		const r = newPlaceSchema.safeParse(place({}));
		expect(r.success && r.data).toMatchObject({ capacity: 30, enclosureType: 'tank', notes: null });
	});

	it('names each missing piece of an enclosure', () => {
		const r = newPlaceSchema.safeParse(place({ parentId: '', enclosureType: '', capacity: '' }));
		expect(r.success).toBe(false);
		if (!r.success)
			expect(fieldErrors(r.error)).toEqual({
				parentId: 'place_parent_required',
				enclosureType: 'enclosure_type_required',
				capacity: 'capacity_invalid'
			});
	});

	it('refuses a capacity that is not a whole number from 1', () => {
		for (const capacity of ['0', '-3', '2.5', 'many', '100001']) {
			const r = newPlaceSchema.safeParse(place({ capacity }));
			expect(r.success, capacity).toBe(false);
		}
	});

	it('drops what a site or an area cannot have', () => {
		const r = newPlaceSchema.safeParse(place({ kind: 'site', parentId: AREA }));
		expect(r.success && r.data).toMatchObject({ parentId: null, capacity: null, enclosureType: null });
	});

	it('needs a name', () => {
		const r = newPlaceSchema.safeParse(place({ name: '  ' }));
		expect(!r.success && fieldErrors(r.error).name).toBe('place_name_required');
	});
});

describe('enclosureMoveSchema', () => {
	it('needs an enclosure and takes an optional reason of 5+ characters', () => {
		expect(enclosureMoveSchema.safeParse({ enclosureId: 'x', overrideReason: '' }).success).toBe(false);
		expect(enclosureMoveSchema.parse({ enclosureId: AREA, overrideReason: '' }).overrideReason).toBeNull();
		const short = enclosureMoveSchema.safeParse({ enclosureId: AREA, overrideReason: 'ok' });
		expect(!short.success && fieldErrors(short.error).overrideReason).toBe('override_reason_too_short');
	});
});

describe('quarantineClearanceSchema', () => {
	it('keeps the confirmed tests and turns empty text into null', () => {
		const r = quarantineClearanceSchema.parse({ quarantineId: AREA, testsDone: ['Faecal parasite screen'], notes: ' ', earlyReason: '' });
		expect(r).toEqual({ quarantineId: AREA, testsDone: ['Faecal parasite screen'], notes: null, earlyReason: null });
	});
});
