import { z } from 'zod';
import { centreToday } from '$lib/domain/centre-time';
import type { Database } from '$lib/types/database';
import type { ValidationKey } from '$lib/i18n';
import { issue, optionalText } from './common';
import { dateText } from './health-fields';

export const SHEET_SUBJECTS = ['case', 'lot', 'animal', 'item'] as const satisfies readonly Database['public']['Enums']['custody_subject'][];
export const SHEET_LANGUAGES = ['en', 'km'] as const;
export type SheetSubjectKind = (typeof SHEET_SUBJECTS)[number];

/** What a sheet is of, as the forms name it: the animal by the code on its label, the rest by id. */
export type SheetSubject =
	| { kind: 'case' }
	| { kind: 'lot'; lotId: string }
	| { kind: 'animal'; animalCode: string }
	| { kind: 'item'; itemId: string };

const ANIMAL_CODE = /^[A-Z]{2,4}-\d{4}-\d{6,9}$/;

/** A ticked checkbox arrives as "on", an unticked one not at all. */
export const checkbox = z
	.enum(['on'])
	.optional()
	.transform((v) => v === 'on');

/** The box that confirms an action that cannot be undone. */
export const confirmed = z.literal('on', { error: issue('confirm_required') });

/**
 * The case and subject fields that the request and the direct-issue forms share. Only the field
 * of the chosen subject is read: the others may still hold what was picked before.
 */
const subjectForm = z
	.object({
		caseId: z.uuid(issue('evidence_case_required')),
		subject: z.enum(SHEET_SUBJECTS, { error: issue('evidence_subject_required') }),
		lotId: z.string().optional(),
		animalCode: z.string().optional(),
		itemId: z.string().optional()
	})
	.transform((f, ctx) => {
		const fail = (path: string, message: ValidationKey) => {
			ctx.addIssue({ code: 'custom', path: [path], message: issue(message) });
			return z.NEVER;
		};
		const uuid = (v: string | undefined) => z.uuid().safeParse(v?.trim()).data;
		let subject: SheetSubject = { kind: 'case' };
		if (f.subject === 'lot') {
			const lotId = uuid(f.lotId);
			if (!lotId) return fail('lotId', 'evidence_lot_required');
			subject = { kind: 'lot', lotId };
		} else if (f.subject === 'item') {
			const itemId = uuid(f.itemId);
			if (!itemId) return fail('itemId', 'evidence_item_required');
			subject = { kind: 'item', itemId };
		} else if (f.subject === 'animal') {
			const animalCode = f.animalCode?.trim().toUpperCase() ?? '';
			if (!ANIMAL_CODE.test(animalCode)) return fail('animalCode', 'animal_code_invalid');
			subject = { kind: 'animal', animalCode };
		}
		return { caseId: f.caseId, subject };
	});

const language = z.enum(SHEET_LANGUAGES, { error: issue('language_invalid') });

/** A prosecutor's request for a sheet of a case granted to them (public.evidence_requests). */
export const evidenceRequestSchema = z
	.object({
		purpose: z
			.string({ error: issue('evidence_purpose_required') })
			.trim()
			.min(5, issue('evidence_purpose_required'))
			.max(1000, issue('evidence_purpose_too_long')),
		courtCaseNumber: optionalText(100, 'evidence_court_case_too_long'),
		neededBy: z
			.string()
			.optional()
			.transform((v) => v?.trim() || null)
			.pipe(dateText.refine((day) => day >= centreToday(), issue('evidence_needed_by_past')).nullable()),
		language
	})
	.and(subjectForm);

export type EvidenceRequestInput = z.infer<typeof evidenceRequestSchema>;

/** The prosecutor withdraws a waiting request; the box is the confirmation, without JavaScript too. */
export const withdrawRequestSchema = z.object({
	requestId: z.uuid(issue('evidence_request_unknown')),
	confirm: confirmed
});

/** The admin approves a waiting request: its sheet is generated and given to the prosecutor. */
export const issueRequestSchema = withdrawRequestSchema;

/** The admin declines a waiting request, with a reason the prosecutor reads. */
export const declineRequestSchema = z.object({
	requestId: z.uuid(issue('evidence_request_unknown')),
	reason: z
		.string({ error: issue('evidence_decline_reason_required') })
		.trim()
		.min(5, issue('evidence_decline_reason_required'))
		.max(1000, issue('evidence_decline_reason_too_long')),
	confirm: confirmed
});

/** An admin issues a sheet with no request: what it is of, its language and what it includes. */
export const directIssueSchema = z
	.object({ language, includeVeterinary: checkbox, includeOffender: checkbox })
	.and(subjectForm);

export type DirectIssueInput = z.infer<typeof directIssueSchema>;
