import { describe, expect, it } from 'vitest';
import { en } from '$lib/i18n/en';
import { seizureSchema } from './seizure';
import {
	fieldErrorsByPath,
	readSeizureForm,
	seizureFormErrors,
	toSeizureInput,
	unknownSpeciesErrors,
	withoutBlankRows,
	withScientificNames
} from './seizure-form';

function form(fields: Record<string, string>): FormData {
	const data = new FormData();
	for (const [name, value] of Object.entries(fields)) data.append(name, value);
	return data;
}

const header = {
	caseNumber: 'FA-2026-0042',
	seizedAt: '2026-03-14T05:30',
	'location.description': 'Checkpoint on NR4, Kampong Speu',
	'location.lat': '11.4521',
	'location.lng': '104.5203',
	agency: 'Forestry Administration',
	'leadOfficer.name': 'Sok Dara',
	'leadOfficer.agency': 'Forestry Administration',
	'leadOfficer.idNumber': 'FA-1187',
	legalBasis: '',
	offenderDetails: '',
	receivedAt: ''
};

const parse = (fields: Record<string, string>) => {
	const values = withoutBlankRows(readSeizureForm(form(fields)));
	return { values, result: seizureSchema.safeParse(toSeizureInput(values)) };
};

describe('the intake form', () => {
	it('turns named fields into the seizure: numbers, centre time, seals, rows in posted order', () => {
		const { result } = parse({
			...header,
			'lots.1.species': 'Manis javanica',
			'lots.1.count': '104',
			'lots.1.recordAs': 'group',
			'lots.0.species': 'Nycticebus bengalensis',
			'lots.0.count': ' 3 ',
			'lots.0.recordAs': 'individual',
			'lots.0.condition': 'Dehydrated',
			'items.0.description': 'Wild meat',
			'items.0.quantity': '173.5',
			'items.0.unit': 'kg',
			'items.0.sealNumbers': 'S-1, S-2,,  S-3 ',
			'items.0.species': ''
		});
		expect(result.success).toBe(true);
		const s = result.data!;
		expect(s.seizedAt).toBe('2026-03-14T05:30:00+07:00');
		expect(s.receivedAt).toBeUndefined();
		expect(s.legalBasis).toBeUndefined();
		expect(s.location).toEqual({ description: 'Checkpoint on NR4, Kampong Speu', lat: 11.4521, lng: 104.5203 });
		expect(s.lots.map((l) => [l.species, l.count, l.recordAs, l.condition])).toEqual([
			['Nycticebus bengalensis', 3, 'individual', 'Dehydrated'],
			['Manis javanica', 104, 'group', undefined]
		]);
		expect(s.items).toEqual([{ description: 'Wild meat', quantity: 173.5, unit: 'kg', sealNumbers: ['S-1', 'S-2', 'S-3'] }]);
	});

	it('ignores rows left blank, whatever their selects say', () => {
		const values = withoutBlankRows(
			readSeizureForm(form({ 'lots.0.recordAs': 'individual', 'lots.1.species': 'Gekko gecko', 'lots.1.count': '2', 'items.0.unit': 'g' }))
		);
		expect(values.lots).toEqual([{ species: 'Gekko gecko', count: '2', recordAs: 'group', condition: '' }]);
		expect(values.items).toEqual([]);
	});

	it('names each refused field by its full path, row by row', () => {
		const { result } = parse({
			...header,
			seizedAt: '2999-01-01T00:00',
			'location.lng': '',
			'lots.0.species': 'Manis javanica',
			'lots.0.count': '1',
			'lots.0.recordAs': 'group',
			'lots.1.species': 'Gekko gecko',
			'lots.1.count': '0',
			'lots.2.species': '',
			'lots.2.count': 'many',
			'lots.3.species': 'Gekko gecko',
			'lots.3.count': '1e3',
			'items.0.description': 'Scales',
			'items.0.quantity': '2.5',
			'items.0.unit': 'count',
			'items.0.sealNumbers': `S-1, ${'x'.repeat(61)}`
		});
		const errors = fieldErrorsByPath(result.error!);
		expect(errors).toEqual({
			seizedAt: 'datetime_in_future',
			'location.lat': 'coordinates_together',
			'lots.1.count': 'count_too_small',
			'lots.2.species': 'species_required',
			'lots.2.count': 'count_invalid',
			'lots.3.count': 'count_invalid',
			'items.0.quantity': 'count_whole',
			'items.0.sealNumbers': 'seal_invalid'
		});
		for (const key of Object.values(errors)) expect(en.validation[key!]).toBeTruthy();
	});

	it('reports a date it cannot read as invalid and an empty seizure on the species rows', () => {
		const { result } = parse({ ...header, seizedAt: '14/03/2026' });
		expect(fieldErrorsByPath(result.error!)).toEqual({ seizedAt: 'datetime_invalid', lots: 'seizure_empty' });
	});

	it('does not blame the time of receipt for a seizure time in the future', () => {
		const { result } = parse({ ...header, seizedAt: '2999-01-01T00:00', receivedAt: '2026-03-14T09:00', 'lots.0.species': 'Gekko gecko', 'lots.0.count': '2' });
		expect(fieldErrorsByPath(result.error!)).toEqual({ seizedAt: 'datetime_in_future', receivedAt: 'received_before_seized' });
		expect(seizureFormErrors(result.error!)).toEqual({ seizedAt: 'datetime_in_future' });
		const later = parse({ ...header, receivedAt: '2026-03-13T09:00', 'lots.0.species': 'Gekko gecko', 'lots.0.count': '2' });
		expect(seizureFormErrors(later.result.error!)).toEqual({ receivedAt: 'received_before_seized' });
	});

	it('takes English and Khmer species names for the scientific name', () => {
		const species = [{ scientific_name: 'Manis javanica', english_name: 'Sunda pangolin', khmer_name: 'ពង្រូល' }];
		const values = withScientificNames(
			readSeizureForm(form({ 'lots.0.species': ' sunda PANGOLIN', 'lots.1.species': 'ពង្រូល', 'lots.2.species': 'Unknown bird', 'items.0.species': '' })),
			species
		);
		expect(values.lots.map((l) => l.species)).toEqual(['Manis javanica', 'Manis javanica', 'Unknown bird']);
		expect(values.items[0].species).toBe('');
		const known = new Set(['manis javanica']);
		expect(unknownSpeciesErrors(values, (name) => !known.has(name))).toEqual({ 'lots.2.species': 'species_unknown' });
	});
});
