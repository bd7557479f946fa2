import { domainEn } from '$lib/i18n/sections/domain.en';
import { domainKm } from '$lib/i18n/sections/domain.km';
import { sheetTextKm } from './sheet-labels-km';

/**
 * The fixed text of an evidence sheet. Statuses, event types, sex, age class, units and IUCN
 * categories come from the app's domain vocabulary (domain.*.ts), so a sheet names them exactly
 * as the screens do; the rest is worded for a court document here.
 */
export const sheetTextEn = {
	title: 'Chain-of-custody evidence sheet',
	subjectKind: { case: 'Case', lot: 'Lot', animal: 'Animal', item: 'Evidence item' },
	subjectOf: (subject: string, caseNumber: string) => `${subject}, case ${caseNumber}`,
	runningHead: (caseNumber: string) => `Case ${caseNumber} · Chain-of-custody evidence sheet`,
	intro:
		'Drawn from the custody records as they stood when the sheet was generated. The content SHA-256 in the footer identifies exactly the records shown; the QR code leads to a page that recomputes it.',
	notRecorded: '—',
	yes: 'yes',
	no: 'no',
	sections: {
		case: 'Seizure case',
		request: 'Evidence request',
		species: 'Species',
		summary: 'Counts',
		lots: 'Lot reconciliation',
		animals: 'Individually recorded animals',
		items: 'Evidence items',
		events: 'Custody events',
		photos: 'Photographs',
		veterinary: 'Veterinary summary',
		offender: 'Offender details',
		signatures: 'Signatures'
	},
	case: {
		centre: 'Rescue centre',
		caseNumber: 'Case number',
		seizedAt: 'Seized at',
		place: 'Place',
		coordinates: 'Coordinates',
		agency: 'Seizing agency',
		leadOfficer: 'Lead officer',
		officer: (name: string, agency: string, idNumber: string) => `${name}, ${agency}, ID ${idNumber}`,
		legalBasis: 'Legal basis',
		courtReference: 'Court reference',
		status: 'Status'
	},
	request: { requestedBy: 'Requested by', purpose: 'Purpose', courtCaseNumber: 'Court case number' },
	summary: { species: 'Species', lots: 'Lots', animals: 'Animals recorded individually', items: 'Evidence items', events: 'Custody events', photos: 'Photographs' },
	species: {
		scientificName: 'Scientific name',
		englishName: 'English name',
		khmerName: 'Khmer name',
		iucn: 'IUCN Red List',
		cites: 'CITES appendix',
		nationalStatus: 'National status',
		citesNotListed: 'Not listed',
		unconfirmedNote: '? = not confirmed against the official list.'
	},
	lots: {
		lot: 'Lot',
		check: 'Check',
		reconciles: 'reconciles',
		doesNotReconcile: 'does not reconcile',
		rule: 'Received = in care + split out into individuals + released + transferred + died + euthanized + escaped.',
		individuals: (inCare: number, ended: number) => `Of the individuals: ${inCare} in care, ${ended} no longer in care.`,
		conditionOnArrival: 'Condition on arrival'
	},
	animals: { code: 'Code', sex: 'Sex', age: 'Age class', identifiers: 'Identifiers', marks: 'Distinctive marks', microchip: 'Microchip', ring: 'Ring', tag: 'Tag' },
	items: { description: 'Description', quantity: 'Quantity', seals: 'Seals', storage: 'Storage' },
	events: {
		position: '#',
		when: 'Date and time (UTC)',
		event: 'Event',
		custody: 'Custody',
		details: 'Details',
		recorded: 'Recorded',
		from: 'From',
		to: 'To',
		nobody: 'nobody (start of custody)',
		id: 'ID',
		heads: (n: number) => `${n} ${n === 1 ? 'head' : 'heads'}`,
		place: 'Place',
		purpose: 'Purpose',
		sealsApplied: 'Seals applied',
		sealsBroken: 'Seals broken',
		photos: 'Photos',
		corrects: (position: number) => `Corrects event #${position}`,
		reason: 'Reason',
		notes: 'Notes',
		by: 'by'
	},
	photos: { subject: 'Subject', takenAt: 'Taken', uploadedAt: 'Uploaded', noCaption: '(no caption)', notEmbedded: 'Image not embedded', sha256: 'SHA-256' },
	veterinary: {
		lotIntake: 'Intake examination of lots',
		firstExams: 'First examination of each animal',
		deaths: 'Deaths and euthanasia',
		examinedAt: 'Examined',
		examined: 'Examined',
		withFindings: 'With findings',
		notes: 'Notes',
		animal: 'Animal',
		weight: 'Weight (g)',
		bodyCondition: 'Body condition (1–5)',
		assessment: 'Assessment',
		kind: 'Kind',
		occurredAt: 'Date',
		foundDead: 'Found dead',
		cause: 'Cause',
		method: 'Method',
		reason: 'Reason',
		necropsy: 'Necropsy: cause of death'
	},
	signatures: {
		preparedBy: 'Prepared by',
		checkedBy: 'Checked by',
		receivedBy: 'Received by (prosecutor / court)',
		name: 'Name',
		signature: 'Signature',
		date: 'Date'
	},
	footer: {
		documentId: 'Document ID',
		generated: (at: string, by: string) => `Generated ${at} by ${by}`,
		contentHash: 'Content SHA-256',
		chainHead: 'Chain head',
		events: (n: number) => `${n} ${n === 1 ? 'event' : 'events'}`,
		page: (page: number, pages: number) => `Page ${page} of ${pages}`,
		checkAt: (url: string) => `Check this sheet at ${url}`
	},
	empty: {
		species: 'No species in this sheet.',
		lots: 'No lots in this sheet.',
		animals: 'No individually recorded animals in this sheet.',
		items: 'No evidence items in this case.',
		itemsOfSubject: 'No evidence items in this sheet.',
		events: 'No custody events in this sheet.',
		photos: 'No photographs in this sheet.',
		none: 'None recorded.'
	}
};

type Domain = typeof domainEn;
export type SheetText = typeof sheetTextEn;
export type SheetLabels = SheetText & Pick<
	Domain,
	'iucn' | 'caseStatus' | 'animalStatus' | 'sex' | 'ageClass' | 'unit' | 'itemStatus' | 'eventType' | 'reconciliation'
>;

function withDomain(text: SheetText, domain: Domain): SheetLabels {
	const { iucn, caseStatus, animalStatus, sex, ageClass, unit, itemStatus, eventType, reconciliation } = domain;
	return { ...text, iucn, caseStatus, animalStatus, sex, ageClass, unit, itemStatus, eventType, reconciliation };
}

const LABELS = { en: withDomain(sheetTextEn, domainEn), km: withDomain(sheetTextKm, domainKm) };

export function sheetLabels(language: 'en' | 'km'): SheetLabels {
	return LABELS[language];
}

/** An enum value in words, or the value itself when the vocabulary does not know it. */
export function term(map: Record<string, string>, value: string | null): string {
	if (value === null) return '';
	return Object.hasOwn(map, value) ? map[value] : value;
}
