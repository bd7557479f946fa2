import { evidenceContentSchema, type EvidenceContent, type EvidenceEvent } from '$lib/schemas/evidence-content';
import type { EvidenceSheetInput } from './evidence-sheet';

/** A seizure as evidence_sheet_content() writes it: two lots, four animals, one sealed item, ten events. */
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const hash = (seed: string) => seed.repeat(64).slice(0, 64);
export const PHOTO_HASHES = [hash('a1b2c3d4e5f6'), hash('0f9e8d7c6b5a')];

const staff = 'Sokha Chan';
const event = (position: number, over: Partial<EvidenceEvent>): EvidenceEvent => ({
	id: id(100 + position),
	position,
	type: 'moved',
	subject: 'case',
	subject_label: 'WA-2026-0042',
	head_count: null,
	occurred_at: `2026-11-21T${String(6 + position).padStart(2, '0')}:30:00.000000Z`,
	place: 'Phnom Tamao Wildlife Rescue Centre, quarantine block',
	from_name: 'Sokha Chan',
	from_agency: 'Phnom Tamao Wildlife Rescue Centre',
	from_id_number: null,
	to_name: 'Dara Vann',
	to_agency: 'Phnom Tamao Wildlife Rescue Centre',
	to_id_number: 'PT-017',
	purpose: null,
	seals_applied: [],
	seals_broken: [],
	photo_sha256: [],
	notes: null,
	corrects_position: null,
	correction_reason: null,
	recorded_by: staff,
	recorded_at: `2026-11-21T${String(6 + position).padStart(2, '0')}:41:07.123456Z`,
	row_hash: hash(position.toString(16).padStart(2, '0') + 'c0ffee'),
	...over
});

export const events: EvidenceEvent[] = [
	event(1, { type: 'seized', place: 'Koh Kong, boat Neang Sok at pier 3', from_name: null, from_agency: null, to_name: 'Vuthy Keo', to_agency: 'Forestry Administration', to_id_number: 'FA-2231', seals_applied: ['S-0001', 'S-0002'], photo_sha256: [PHOTO_HASHES[0]] }),
	event(2, { type: 'transported', subject: 'lot', subject_label: 'Lot 1', head_count: 12, from_name: 'Vuthy Keo', from_agency: 'Forestry Administration', purpose: 'Transport to the rescue centre' }),
	event(3, { type: 'received_at_centre', subject: 'lot', subject_label: 'Lot 2', head_count: 3, notes: 'សត្វទាំងអស់នៅរស់ និងស្ងប់ស្ងាត់។' }),
	event(4, { type: 'intake_examined', subject: 'animal', subject_label: 'PT-2026-000001' }),
	event(5, { type: 'handed_over', subject: 'item', subject_label: 'Pangolin scales in sacks', seals_broken: ['S-0001'], seals_applied: ['S-0107'], purpose: 'Weighing for the court file' }),
	event(6, { type: 'moved', subject: 'animal', subject_label: 'PT-2026-000002', place: 'Wrong enclosure recorded' }),
	event(7, { type: 'moved', subject: 'animal', subject_label: 'PT-2026-000002', corrects_position: 6, correction_reason: 'The enclosure was recorded wrongly; it is enclosure B4.', place: 'Enclosure B4' }),
	event(8, { type: 'sampled', subject: 'animal', subject_label: 'PT-2026-000003', purpose: 'Blood sample for DNA', photo_sha256: [PHOTO_HASHES[1]] }),
	event(9, { type: 'died', subject: 'animal', subject_label: 'PT-2026-000004' }),
	event(10, { type: 'moved', subject: 'lot', subject_label: 'Lot 1', head_count: 8, place: 'Pangolin house' })
];

export const content: EvidenceContent = evidenceContentSchema.parse({
	layout: 'evidence-sheet-v1',
	subject: { kind: 'case', id: id(1), label: 'WA-2026-0042' },
	centre: { name: 'Phnom Tamao Wildlife Rescue Centre', name_km: 'មជ្ឈមណ្ឌលសង្គ្រោះសត្វព្រៃភ្នំតាម៉ៅ', country: 'KH' },
	case: {
		id: id(1),
		case_number: 'WA-2026-0042',
		seized_at: '2026-11-21T07:30:00.000000Z',
		place: 'Koh Kong, boat Neang Sok at pier 3',
		latitude: 11.6153,
		longitude: 102.9836,
		agency: 'Forestry Administration',
		lead_officer_name: 'Vuthy Keo',
		lead_officer_agency: 'Forestry Administration',
		lead_officer_id_number: 'FA-2231',
		legal_basis: 'Law on Forestry, article 98',
		court_reference: null,
		status: 'in_court'
	},
	species: [
		{ id: id(11), scientific_name: 'Manis javanica', english_name: 'Sunda pangolin', khmer_name: 'សត្វប្រមា', iucn_category: 'CR', iucn_year: 2019, iucn_unconfirmed: false, cites_appendix: 'I', cites_unconfirmed: false, national_status: 'Rare' },
		{ id: id(12), scientific_name: 'Nycticebus bengalensis', english_name: 'Bengal slow loris', khmer_name: null, iucn_category: 'EN', iucn_year: 2020, iucn_unconfirmed: true, cites_appendix: 'I', cites_unconfirmed: true, national_status: null }
	],
	lots: [
		{ id: id(21), label: 'Lot 1', species_id: id(11), count_received: 12, in_care: 8, split_out: 3, released: 0, transferred: 0, died: 1, euthanized: 0, escaped: 0, condition_on_arrival: 'Dehydrated, in sacks', animals_in_care: 2, animals_ended: 1 },
		{ id: id(22), label: 'Lot 2', species_id: id(12), count_received: 3, in_care: 1, split_out: 1, released: 0, transferred: 0, died: 0, euthanized: 0, escaped: 0, condition_on_arrival: null, animals_in_care: 1, animals_ended: 0 }
	],
	animals: [
		{ id: id(31), code: 'PT-2026-000001', lot_id: id(21), species_id: id(11), sex: 'female', age_class: 'adult', microchip: '900123000456789', ring: null, tag: null, distinctive_marks: 'Missing scale on the tail', status: 'in_care' },
		{ id: id(32), code: 'PT-2026-000002', lot_id: id(21), species_id: id(11), sex: 'male', age_class: 'juvenile', microchip: null, ring: null, tag: 'Ear tag 17', distinctive_marks: null, status: 'in_care' },
		{ id: id(33), code: 'PT-2026-000003', lot_id: id(22), species_id: id(12), sex: 'unknown', age_class: 'subadult', microchip: null, ring: 'R-55', tag: null, distinctive_marks: 'ស្លាកស្នាមលើក', status: 'in_care' },
		{ id: id(34), code: 'PT-2026-000004', lot_id: id(21), species_id: id(11), sex: 'male', age_class: 'adult', microchip: null, ring: null, tag: null, distinctive_marks: null, status: 'died' }
	],
	items: [
		{ id: id(41), description: 'Pangolin scales in sacks', species_id: id(11), quantity: 23.5, unit: 'kg', seal_numbers: ['S-0107', 'S-0108'], storage_location: 'Evidence room, shelf 2', status: 'held' }
	],
	events,
	photos: PHOTO_HASHES.map((sha256, i) => ({
		id: id(51 + i),
		sha256,
		content_type: 'image/png',
		byte_size: 1200,
		storage_path: `cases/${id(1)}/${sha256}.png`,
		caption: i === 0 ? 'Sacks on the boat deck' : null,
		taken_at: i === 0 ? '2026-11-21T07:35:00.000000Z' : null,
		uploaded_at: '2026-11-21T12:00:00.000000Z',
		subject_label: i === 0 ? 'WA-2026-0042' : 'PT-2026-000003'
	})),
	veterinary: {
		lot_intake: [{ lot_id: id(21), examined_at: '2026-11-21T10:00:00.000000Z', count_examined: 12, count_with_findings: 5, notes: 'Five dehydrated' }],
		first_exams: [{ animal_id: id(31), examined_at: '2026-11-21T11:00:00.000000Z', weight_g: 4200, body_condition_score: 3, assessment: 'Fair' }],
		deaths: [{ kind: 'died', subject_label: 'PT-2026-000004', head_count: null, occurred_at: '2026-11-22T03:00:00.000000Z', found_dead: true, cause: 'Suspected pneumonia', method: null, reason: null, necropsy_cause: 'Bronchopneumonia' }]
	},
	offender: null
});

// A 1x1 PNG standing in for a photo: plain, so that the footer's QR code is the only one on a page.
const PIXEL = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

export function sheetInput(over: Partial<EvidenceSheetInput> = {}): EvidenceSheetInput {
	return {
		documentId: '5b0e7f6a-3c2d-4e1f-9a8b-7c6d5e4f3a21',
		language: 'en',
		generatedAt: '2026-11-25T09:15:42.000Z',
		generatedBy: 'Sreymom Ly',
		contentHash: hash('3fa9c1d2e7b8'),
		chainHead: hash('9d8c7b6a5f4e'),
		chainEvents: 10,
		verifyUrl: 'https://ledger.example.org/verify/5b0e7f6a-3c2d-4e1f-9a8b-7c6d5e4f3a21',
		request: { purpose: 'Trial of case 112/2026 at Koh Kong provincial court', courtCaseNumber: '112/2026', prosecutorName: 'Chantha Meas' },
		content,
		photoImages: new Map([[PHOTO_HASHES[0], PIXEL]]),
		...over
	};
}
