/** The animal page: what a keeper sees after scanning the QR code on an animal's label. */
export const animalsEn = {
	title: (code: string) => `Animal ${code}`,
	codeLabel: 'Animal code',
	identityTitle: 'Identification',
	species: 'Species',
	conservation: 'Conservation status',
	iucnYear: (category: string, year: number) => `${category} (IUCN ${year})`,
	iucn: (category: string) => `${category} (IUCN)`,
	iucnUnknown: 'IUCN status not known',
	citesUnknown: 'CITES status not known',
	sex: 'Sex',
	ageClass: 'Age class',
	microchip: 'Microchip',
	ring: 'Ring',
	tag: 'Tag',
	distinctiveMarks: 'Distinctive marks',
	notRecorded: 'Not recorded',
	caseLabel: 'Seizure case',
	lotLabel: 'Lot',
	lotLink: 'All animals of this lot',
	notes: 'Notes',
	sectionsLabel: 'On this page',
	timelineTitle: 'Custody history',
	timelineIntro: 'Every custody event of its case, of its lot before it got its own record, and of the animal itself, oldest first.',
	timelineEmpty: 'No custody events yet.',
	readOnly: 'You can read this record; recording custody and photos is for care staff.'
};

export const sampleArgs: Record<string, unknown[]> = {
	'animals.title': ['PT-2026-000123'],
	'animals.iucnYear': ['Endangered', 2021],
	'animals.iucn': ['Endangered']
};
