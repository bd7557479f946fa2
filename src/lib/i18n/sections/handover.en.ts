/** The handover form: one custody event (who handed what to whom), for a case, lot, animal or item. */
export const handoverEn = {
	title: 'Record a handover',
	intro: 'Record who handed this over to whom, when and where. Custody events are added to the ledger and can never be edited.',
	eventType: 'What happened',
	chooseEventType: 'Choose…',
	occurredAt: 'When (date and time)',
	occurredAtHint: 'Cambodia time.',
	place: 'Place',
	placeHint: 'e.g. clinic, quarantine block B, Phnom Penh airport cargo.',
	fromLegend: 'Handed over by',
	fromHint: 'The person who gave custody. Required for transport, receipt and handover.',
	toLegend: 'Received by',
	toHint: 'The person who took custody: filled in with your details, change them if someone else received it.',
	name: 'Name',
	agency: 'Agency',
	idNumber: 'ID number (optional)',
	purpose: 'Purpose (optional)',
	purposeHint: 'e.g. X-ray at the clinic, DNA sample for the court.',
	sealsApplied: 'Seals applied (optional)',
	sealsBroken: 'Seals broken (optional)',
	sealsHint: 'Seal numbers, separated by commas.',
	notes: 'Notes (optional)',
	photosLegend: 'Photos to cite (optional)',
	photosHint: 'Their SHA-256 fingerprints are copied into the event.',
	confirm:
		'I confirm these details are correct; custody events cannot be changed afterwards — a mistake needs a correcting event.',
	submit: 'Record the handover',
	submitting: 'Recording…',
	recorded: (position: number) => `Recorded as event #${position}.`,
	hash: 'Event hash',
	notFound: 'This record was not found, or you may not see it.',
	forbidden: 'Your account may not record custody events.',
	fixBelow: 'Nothing was recorded: some details are missing or wrong, see the messages below.',
	refused: 'The ledger refused these details; nothing was recorded. Check them and try again.'
};

export const sampleArgs: Record<string, unknown[]> = {
	'handover.recorded': [7]
};
