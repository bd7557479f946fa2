import type { Database } from '$lib/types/database';

type Enums = Database['public']['Enums'];
export type ReleaseStep = Enums['release_step'];

/** The approvals in the order approve_release() takes them. */
export const RELEASE_STEPS = ['vet', 'release_lead', 'authority'] as const satisfies readonly ReleaseStep[];

/** The record blockers (release_record_blockers()); every other key names a checklist question. */
export const RECORD_BLOCKERS = ['evidence_hold', 'not_in_care', 'quarantine_open', 'never_quarantined', 'open_problems', 'exam_too_old'] as const;
export type RecordBlocker = (typeof RECORD_BLOCKERS)[number];

export const isRecordBlocker = (key: string): key is RecordBlocker => (RECORD_BLOCKERS as readonly string[]).includes(key);

export interface BoardSpecies {
	scientificName: string;
	englishName: string;
	khmerName: string | null;
}

/** An open assessment as release_board() lists it. */
export interface BoardAssessment extends BoardSpecies {
	id: string;
	caseId: string;
	caseNumber: string;
	animalId: string | null;
	code: string | null;
	lotId: string | null;
	headCount: number;
	recommendation: Enums['release_recommendation'];
	/** Record blocker keys and the keys of checklist questions not answered yes. */
	blockers: string[];
	approvedSteps: ReleaseStep[];
	scheduledFor: string | null;
	proposedSite: string | null;
	alternative: Enums['release_alternative'] | null;
	onHold: boolean;
}

/** An open assessment placed on the board: its blockers split into what the records and the checklist say. */
export interface BoardEntry extends BoardAssessment {
	recordBlockers: RecordBlocker[];
	questionBlockers: string[];
	/** The approval it waits for; null once all three are given. */
	nextStep: ReleaseStep | null;
}

export interface BoardColumns {
	blocked: BoardEntry[];
	awaiting: BoardEntry[];
	approved: BoardEntry[];
	scheduled: BoardEntry[];
}

/** Approved by the vet, the release team lead and the authority, with nothing blocking it: it can be carried out. */
export const isFullyApproved = (a: BoardAssessment) =>
	a.recommendation === 'release' && RELEASE_STEPS.every((step) => a.approvedSteps.includes(step));

export function boardEntry(a: BoardAssessment): BoardEntry {
	return {
		...a,
		recordBlockers: a.blockers.filter(isRecordBlocker),
		questionBlockers: a.blockers.filter((key) => !isRecordBlocker(key)),
		nextStep: RELEASE_STEPS.find((step) => !a.approvedSteps.includes(step)) ?? null
	};
}

/**
 * Where each open assessment stands: blocked while anything stands against it, then waiting for
 * its next approval, then approved and waiting for a date, then scheduled.
 */
export function boardColumns(assessments: BoardAssessment[]): BoardColumns {
	const columns: BoardColumns = { blocked: [], awaiting: [], approved: [], scheduled: [] };
	for (const a of assessments.map(boardEntry)) {
		if (a.recommendation !== 'release') columns.blocked.push(a);
		else if (a.nextStep) columns.awaiting.push(a);
		else if (a.scheduledFor) columns.scheduled.push(a);
		else columns.approved.push(a);
	}
	return columns;
}
