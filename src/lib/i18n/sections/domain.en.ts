import type { Database } from '$lib/types/database';

type Enums = Database['public']['Enums'];

/**
 * The vocabulary of seizures and custody, shared by every screen, the labels and the API docs:
 * one word per database enum value, so a status reads the same everywhere.
 */
export const domainEn = {
	taxonClass: {
		mammal: 'Mammal',
		bird: 'Bird',
		reptile: 'Reptile',
		amphibian: 'Amphibian',
		fish: 'Fish',
		invertebrate: 'Invertebrate'
	} satisfies Record<Enums['taxon_class'], string>,
	iucn: {
		EX: 'Extinct',
		EW: 'Extinct in the wild',
		CR: 'Critically endangered',
		EN: 'Endangered',
		VU: 'Vulnerable',
		NT: 'Near threatened',
		LC: 'Least concern',
		DD: 'Data deficient',
		NE: 'Not evaluated'
	} satisfies Record<Enums['iucn_category'], string>,
	cites: {
		I: 'CITES Appendix I',
		II: 'CITES Appendix II',
		III: 'CITES Appendix III',
		not_listed: 'Not listed by CITES'
	} satisfies Record<Enums['cites_appendix'], string>,
	unconfirmed: 'unconfirmed',
	statusUnknown: 'not known',
	caseStatus: {
		open: 'Open',
		in_court: 'In court',
		closed: 'Closed'
	} satisfies Record<Enums['case_status'], string>,
	animalStatus: {
		in_care: 'In care',
		released: 'Released',
		transferred: 'Transferred',
		died: 'Died',
		euthanized: 'Euthanized',
		escaped: 'Escaped'
	} satisfies Record<Enums['animal_status'], string>,
	sex: { male: 'Male', female: 'Female', unknown: 'Sex unknown' } satisfies Record<Enums['animal_sex'], string>,
	ageClass: {
		neonate: 'Neonate',
		juvenile: 'Juvenile',
		subadult: 'Subadult',
		adult: 'Adult',
		unknown: 'Age unknown'
	} satisfies Record<Enums['age_class'], string>,
	unit: { count: 'pieces', kg: 'kg', g: 'g' } satisfies Record<Enums['quantity_unit'], string>,
	itemStatus: { held: 'Held', handed_over: 'Handed over', destroyed: 'Destroyed' } satisfies Record<Enums['item_status'], string>,
	eventType: {
		seized: 'Seized',
		transported: 'Transported',
		received_at_centre: 'Received at the centre',
		intake_examined: 'Intake examination',
		moved: 'Moved',
		sampled: 'Sampled',
		handed_over: 'Handed over',
		released: 'Released',
		transferred_out: 'Transferred out',
		died: 'Died',
		euthanized: 'Euthanized',
		destroyed: 'Destroyed or disposed of',
		escaped: 'Escaped'
	} satisfies Record<Enums['custody_event_type'], string>,
	recordAs: { group: 'Group record', individual: 'Individual records' },
	/** The reconciliation columns of a lot, in the order the case page shows them. */
	reconciliation: {
		count_received: 'Received',
		in_care: 'In care (group)',
		split_out: 'Individual records',
		released: 'Released',
		transferred: 'Transferred',
		died: 'Died',
		euthanized: 'Euthanized',
		escaped: 'Escaped'
	}
};
