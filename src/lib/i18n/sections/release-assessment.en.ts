import type { RecordBlocker, ReleaseRecommendation, ReleaseSection } from '$lib/schemas/release-assessment-page';
import type { ReleaseAlternative, ReleaseAnswer, ReleaseStep } from '$lib/schemas/release-assessment';

/**
 * The release assessment page. The checklist's questions and routes are not in here: they are
 * data, in English and Khmer, in the database (release_checklist_questions).
 */
export const releaseAssessmentEn = {
	title: (subject: string) => `Release assessment: ${subject}`,
	lotSubject: (count: number, species: string) => `${count} × ${species}`,
	backToBoard: 'Release planning',
	summaryLabel: 'Assessment summary',
	subject: 'Animals assessed',
	ofGroup: (count: number, inCare: number) => `${count} of the group (${inCare} in care)`,
	caseNumber: 'Case',
	checklist: 'Checklist',
	checklistVersion: (version: number) => `Version ${version}`,
	proposedSite: 'Proposed release site',
	releaseType: 'Release type',
	revision: 'Revision',
	scheduledFor: 'Release date',
	notSet: 'Not set',
	notScheduled: 'Not scheduled',
	releaseTypes: { conservation: 'Conservation release', welfare: 'Welfare release' },
	released: 'These animals were released. The assessment is kept as it was, read-only.',

	recommendationTitle: 'Recommendation',
	recommendations: { release: 'Release', not_yet: 'Not yet', not_releasable: 'Not releasable' } satisfies Record<ReleaseRecommendation, string>,
	recommendationLead: {
		release: 'Nothing blocks this release. It still needs its three approvals, in order.',
		not_yet: 'Something still blocks this release: put right what is listed here, then answer again.',
		not_releasable: 'An answer says this cannot be put right: choose an alternative to release below.'
	} satisfies Record<ReleaseRecommendation, string>,
	computed: 'Worked out by the database from the answers and from the records.',
	answerReasons: 'Questions not answered yes',
	recordReasons: 'What the records say',
	answerStates: {
		unanswered: 'Not answered yet',
		not_yet: 'Answered: not yet',
		never: 'Answered: never (cannot be put right)',
		unknown: 'Answered: unknown (counts as no)'
	},
	route: 'What to do',
	recordBlockers: {
		evidence_hold: 'The case is on evidence hold: the animals stay in custody until the hold is lifted.',
		not_in_care: 'Fewer animals in care than assessed.',
		quarantine_open: 'Quarantine not cleared by a vet.',
		never_quarantined: 'Never quarantined.',
		open_problems: 'Open health problems.'
	} satisfies Record<Exclude<RecordBlocker, 'exam_too_old'>, string>,
	/** The exam blocker names the checklist's limit. */
	examTooOld: (days: number) => `No exam in the last ${days} days.`,

	checklistTitle: 'Checklist',
	checklistIntro:
		'Answer each question yes, not yet, never (cannot be put right) or unknown. Only yes lets a release through. Unknown counts as no: where uncertainty remains, do not release (IUCN).',
	changeWarning: 'Saving a change makes a new revision: the approvals given so far stop counting and the release date is dropped.',
	sections: {
		legal: 'Legal',
		identity: 'Identity and origin',
		health: 'Health',
		behaviour: 'Behaviour',
		site: 'Release site',
		risk: 'Risk and monitoring'
	} satisfies Record<ReleaseSection, string>,
	answers: { yes: 'Yes', not_yet: 'Not yet', never: 'Never (cannot be put right)', unknown: 'Unknown' } satisfies Record<ReleaseAnswer, string>,
	note: 'Note (optional)',
	answeredBy: (name: string, when: string) => `Answered by ${name}, ${when}`,
	notAnswered: 'Not answered yet',
	saveAnswers: 'Save the answers',
	saving: 'Saving…',
	answersSaved: 'Answers saved.',
	fixBelow: 'Nothing was saved: see the messages below.',

	detailsTitle: 'What is assessed',
	headCount: 'Number of animals',
	headCountHint: (inCare: number) => `${inCare} of this group are in care.`,
	releaseTypeNone: '— not decided —',
	saveDetails: 'Save the details',
	detailsSaved: 'Details saved.',

	approvalsTitle: 'Approvals',
	approvalsIntro: 'Given in order: the vet, then the release team lead, then the authority. Each counts only for the revision it was given on.',
	steps: {
		vet: "Vet's approval",
		release_lead: "Release team lead's approval",
		authority: "Authority's approval"
	} satisfies Record<ReleaseStep, string>,
	approvedBy: (name: string, when: string) => `Approved by ${name}, ${when}`,
	authorityLine: (name: string, agency: string, document: string) => `${name}, ${agency}; document ${document}`,
	notGiven: 'Not given yet',
	noLongerCounts: (revision: number) => `No longer counts: the assessment changed after it (given on revision ${revision}).`,
	earlierApprovals: 'Earlier approvals',
	cannotApprove: {
		not_yet: 'No approval can be given while something blocks the release.',
		not_releasable: 'These animals cannot be released: no approval can be given.'
	},
	allApproved: 'All three approvals count for this revision.',
	nextNotYours: (step: string) => `Next: ${step}. Your account cannot give it.`,
	approveTitle: {
		vet: "Give the vet's approval",
		release_lead: "Give the release team lead's approval",
		authority: "Record the authority's approval"
	} satisfies Record<ReleaseStep, string>,
	notes: 'Notes (optional)',
	authorityName: "Official's name",
	authorityAgency: 'Agency',
	documentNumber: 'Number of the authorising document',
	authorityHint: "As written on the authority's document; keep the document with the case file.",
	confirmApproval: (revision: number) =>
		`I approve this release as assessed in revision ${revision}. An approval is kept; a later change to the assessment makes it stop counting.`,
	confirmAuthority: (revision: number) => `I hold the authority's signed document, and it authorises this release as assessed in revision ${revision}.`,
	approve: 'Approve',
	approving: 'Approving…',
	approved: 'Approval recorded.',

	scheduleTitle: 'Release date',
	scheduledOn: (date: string) => `Scheduled for ${date}.`,
	scheduleNeedsApprovals: 'A release is scheduled once all three approvals count.',
	scheduleNotYours: 'The release team or an administrator sets the date.',
	scheduleDate: 'Date of the release',
	schedule: 'Schedule',
	clearDate: 'Clear the date',
	scheduleSaved: 'Release date saved.',
	scheduleCleared: 'Release date cleared.',
	recordRelease: 'Record the release',

	alternativeTitle: 'Alternative to release',
	alternativeIntro: 'When animals cannot be released, CITES Res. Conf. 17.8 has the options considered in this order:',
	alternatives: {
		permanent_care: 'Permanent care in the centre',
		transfer: 'Transfer to another facility (non-commercial first)',
		euthanasia: 'Euthanasia, the last option'
	} satisfies Record<ReleaseAlternative, string>,
	chosen: (alternative: string) => `Chosen: ${alternative}`,
	alternative: 'Alternative',
	reason: 'Reason',
	reasonHint: 'At least 10 characters. For euthanasia at least 40, saying why permanent care and transfer are not possible.',
	euthanasiaVetsOnly: 'Only a vet can choose euthanasia.',
	confirmEuthanasia: 'I confirm that neither permanent care nor transfer is possible for these animals.',
	chooseAlternative: 'Record the alternative',
	alternativeSaved: 'Alternative recorded.'
};

export const releaseAssessmentValidationEn = {
	assessment_form_damaged: 'This form is out of date or damaged: reload the page and try again.',
	assessment_answers_invalid: 'These answers do not fit this checklist: reload the page and try again.',
	assessment_answers_none: 'Choose at least one answer.',
	assessment_answer_invalid: 'Choose yes, not yet, never or unknown.',
	assessment_answer_for_note: 'Choose an answer to go with this note.',
	assessment_site_too_short: 'Name the site in at least 2 characters, or leave it empty.',
	assessment_site_too_long: 'The site may have at most 300 characters.',
	assessment_type_invalid: 'Choose conservation or welfare release.',
	assessment_head_count_invalid: 'Enter a whole number of animals, at least 1.',
	assessment_head_count_too_many: 'The group has fewer animals in care than that.',
	assessment_authority_name_required: "Enter the official's name.",
	assessment_authority_agency_required: "Enter the official's agency.",
	assessment_document_number_required: 'Enter the number of the authorising document.',
	assessment_date_required: 'Enter the date of the release.',
	assessment_date_past: 'This date is in the past: choose today or a later day.',
	assessment_alternative_required: 'Choose permanent care, transfer or euthanasia.',
	assessment_alternative_reason_short: 'Say why in at least 10 characters.',
	assessment_euthanasia_reason_short: 'Say why in at least 40 characters, including why permanent care and transfer are not possible.',
	assessment_stale: 'Someone changed this assessment since you opened it. The page now shows it as it is: check it, then make your change again.',
	assessment_blocked: 'Something still blocks this release: it cannot be approved or scheduled.',
	assessment_approval_order: 'Approvals come in order: the vet, then the release team lead, then the authority.',
	assessment_already_approved: 'This approval was already given on this revision.',
	assessment_not_approved: 'A release is scheduled once the vet, the release team lead and the authority have approved it.',
	assessment_alternative_not_allowed: 'An alternative to release is chosen only when an answer says the animals can never be released.',
	assessment_already_released: 'These animals were already released: the assessment can no longer change.',
	assessment_forbidden: 'Your account cannot do this: see who gives each approval above.',
	assessment_not_found: 'This assessment was not found in the cases open to you.'
};

/** For messages.spec.ts: sample arguments of the function messages above. */
export const sampleArgs: Record<string, unknown[]> = {
	'releaseAssessment.title': ['PT-2026-000123'],
	'releaseAssessment.lotSubject': [5, 'Naja kaouthia'],
	'releaseAssessment.ofGroup': [5, 12],
	'releaseAssessment.checklistVersion': [1],
	'releaseAssessment.examTooOld': [30],
	'releaseAssessment.answeredBy': ['Srey Mom Keo', '14 Jun 2026, 12:30'],
	'releaseAssessment.headCountHint': [12],
	'releaseAssessment.approvedBy': ['Dr. Dara Lim', '14 Jun 2026, 12:30'],
	'releaseAssessment.authorityLine': ['Keo Vuthy', 'Forestry Administration', 'FA-REL-2026/031'],
	'releaseAssessment.noLongerCounts': [2],
	'releaseAssessment.nextNotYours': ["Vet's approval"],
	'releaseAssessment.confirmApproval': [3],
	'releaseAssessment.confirmAuthority': [3],
	'releaseAssessment.scheduledOn': ['15 Jun 2026'],
	'releaseAssessment.chosen': ['Permanent care in the centre']
};
