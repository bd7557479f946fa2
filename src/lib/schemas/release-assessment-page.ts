import { z } from 'zod';
import type { Database } from '$lib/types/database';
import { RELEASE_ALTERNATIVES, RELEASE_ANSWERS, RELEASE_STEPS, RELEASE_TYPES } from './release-assessment';

type Enums = Database['public']['Enums'];

/**
 * What release_assessment_page() returns (supabase/migrations/20261124020400_create_release_pages.sql).
 * The generated types only say Json for it, so the page parses it: a changed function fails here,
 * loudly, instead of showing a wrong recommendation.
 */
export const RELEASE_SECTIONS = ['legal', 'identity', 'health', 'behaviour', 'site', 'risk'] as const satisfies readonly Enums['release_section'][];
export const RELEASE_RECOMMENDATIONS = ['release', 'not_yet', 'not_releasable'] as const satisfies readonly Enums['release_recommendation'][];
/** What the records can say against a release (release_record_blockers()). */
export const RECORD_BLOCKERS = ['evidence_hold', 'not_in_care', 'quarantine_open', 'never_quarantined', 'open_problems', 'exam_too_old'] as const;

export type ReleaseSection = (typeof RELEASE_SECTIONS)[number];
export type ReleaseRecommendation = (typeof RELEASE_RECOMMENDATIONS)[number];
export type RecordBlocker = (typeof RECORD_BLOCKERS)[number];

const id = z.guid();
const count = z.number().int().min(0);
const text = z.string().nullable();
const step = z.enum(RELEASE_STEPS);

/** The assessment row (to_jsonb, snake_case) and what the function adds to it (camelCase). */
const assessmentSchema = z
	.object({
		id,
		case_id: id,
		animal_id: id.nullable(),
		lot_id: id.nullable(),
		head_count: count,
		proposed_site: text,
		release_type: z.enum(RELEASE_TYPES).nullable(),
		revision: z.number().int().min(1),
		scheduled_for: z.iso.date().nullable(),
		alternative: z.enum(RELEASE_ALTERNATIVES).nullable(),
		alternative_reason: text,
		release_event_id: id.nullable(),
		code: text,
		caseNumber: z.string(),
		onHold: z.boolean(),
		inCare: count,
		scientificName: z.string(),
		englishName: z.string(),
		khmerName: text,
		maxExamAgeDays: count,
		checklistVersion: count
	})
	.transform((a) => ({
		id: a.id,
		caseId: a.case_id,
		caseNumber: a.caseNumber,
		animalId: a.animal_id,
		code: a.code,
		lotId: a.lot_id,
		headCount: a.head_count,
		inCare: a.inCare,
		species: { scientificName: a.scientificName, englishName: a.englishName, khmerName: a.khmerName },
		proposedSite: a.proposed_site,
		releaseType: a.release_type,
		revision: a.revision,
		scheduledFor: a.scheduled_for,
		alternative: a.alternative,
		alternativeReason: a.alternative_reason,
		released: a.release_event_id !== null,
		onHold: a.onHold,
		maxExamAgeDays: a.maxExamAgeDays,
		checklistVersion: a.checklistVersion
	}));

const questionSchema = z.object({
	key: z.string(),
	section: z.enum(RELEASE_SECTIONS),
	questionEn: z.string(),
	questionKm: z.string(),
	routeEn: z.string(),
	routeKm: z.string(),
	answer: z.enum(RELEASE_ANSWERS).nullable(),
	note: text,
	answeredBy: text,
	answeredAt: text
});

const blockerSchema = z.discriminatedUnion('source', [
	z.object({ source: z.literal('answer'), key: z.string(), outcome: z.enum(['not_yet', 'not_releasable']) }),
	z.object({ source: z.literal('record'), key: z.enum(RECORD_BLOCKERS), outcome: z.literal('not_yet') })
]);

const approvalSchema = z.object({
	step,
	revision: z.number().int().min(1),
	valid: z.boolean(),
	approvedBy: text,
	approvedAt: z.string(),
	authorityName: text,
	authorityAgency: text,
	documentNumber: text,
	notes: text
});

export const assessmentPageSchema = z.object({
	assessment: assessmentSchema,
	recommendation: z.enum(RELEASE_RECOMMENDATIONS),
	blockers: z.array(blockerSchema),
	questions: z.array(questionSchema),
	approvals: z.array(approvalSchema),
	approvedSteps: z.array(step)
});

export type AssessmentPage = z.output<typeof assessmentPageSchema>;
export type AssessmentQuestion = AssessmentPage['questions'][number];
export type AssessmentApproval = AssessmentPage['approvals'][number];
