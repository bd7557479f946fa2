/** The evidence-hold panel of the case page: the hold in force, lifted holds, and the forms. */
export const holdsEn = {
	title: 'Evidence hold',
	onHold: 'On evidence hold: animals and items of this case cannot be released, transferred or destroyed until the hold is lifted.',
	notOnHold: 'Not on evidence hold.',
	reason: 'Reason',
	courtReference: 'Court reference',
	noCourtReference: 'None given',
	placedBy: 'Placed by',
	placedAt: 'Placed on',
	liftedBy: 'Lifted by',
	liftedAt: 'Lifted on',
	liftCourtReference: 'Court reference for lifting',
	liftNotes: 'Notes',
	historyTitle: 'Lifted holds',
	historyEmpty: 'No hold on this case has been lifted.',
	historyEntry: (placed: string, lifted: string) => `Held from ${placed} to ${lifted}`,
	placeTitle: 'Place an evidence hold',
	placeIntro: 'While the hold is in force, no animal or item of this case can be released, transferred or destroyed.',
	reasonLabel: 'Reason for the hold',
	reasonHint: 'At least 5 characters, e.g. "Trial set for March: the pangolins are exhibits".',
	courtReferenceLabel: 'Court reference (optional)',
	courtReferenceHint: 'The order or letter asking for the hold, if there is one yet.',
	placeSubmit: 'Place the hold',
	placing: 'Placing…',
	placed: 'The case is now on evidence hold.',
	liftTitle: 'Lift the evidence hold',
	liftIntro: 'Only on a decision or letter of the court. The hold stays in the history below.',
	liftCourtReferenceLabel: "Reference of the court's decision",
	liftCourtReferenceHint: 'The judgment, order or letter that lifts the hold.',
	liftNotesLabel: 'Notes (optional)',
	liftConfirm: 'I confirm that the court has lifted this hold: its animals and items may then be released, transferred or destroyed.',
	liftSubmit: 'Lift the hold',
	lifting: 'Lifting…',
	lifted: 'The hold is lifted. It is kept in the history of lifted holds.',
	fixBelow: 'Nothing was saved: correct the fields marked below.',
	forbidden: 'Only an administrator, or a prosecutor the case is granted to, can place or lift an evidence hold.',
	refused: 'The database refused this entry; nothing was saved.'
};

/** Messages of the hold schemas and of the database's refusals (RL201–RL203), spread into `validation`. */
export const holdValidationEn = {
	hold_reason_required: 'Give the reason for the hold.',
	hold_reason_too_short: 'Write the reason out (at least 5 characters).',
	hold_reason_too_long: 'The reason may have at most 2,000 characters.',
	hold_court_reference_too_long: 'The court reference may have at most 200 characters.',
	hold_lift_reference_required: "Give the reference of the court's decision or letter that lifts the hold.",
	hold_lift_notes_too_long: 'The notes may have at most 2,000 characters.',
	hold_lift_unconfirmed: 'Tick the box to confirm that the court has lifted the hold.',
	hold_unknown: 'This hold was not found on this case: reload the page.',
	hold_already_placed: 'This case is already on evidence hold: reload the page to see it.',
	hold_already_lifted: 'This hold was already lifted: reload the page to see the history.'
};

export const sampleArgs: Record<string, unknown[]> = {
	'holds.historyEntry': ['14 Jun 2026, 12:30', '2 Mar 2027, 09:15']
};
