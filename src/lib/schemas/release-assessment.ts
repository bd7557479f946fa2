import { z } from 'zod';
import type { ValidationKey } from '$lib/i18n';
import type { Database } from '$lib/types/database';
import { issue, optionalText } from './common';
import { checkbox, dateText, wholeNumber } from './health-fields';

type Enums = Database['public']['Enums'];

/** public.release_answer, in the order the checklist offers them. */
export const RELEASE_ANSWERS = ['yes', 'not_yet', 'never', 'unknown'] as const satisfies readonly Enums['release_answer'][];
/** public.release_step: the approvals, in the order they must be given. */
export const RELEASE_STEPS = ['vet', 'release_lead', 'authority'] as const satisfies readonly Enums['release_step'][];
export const RELEASE_TYPES = ['conservation', 'welfare'] as const satisfies readonly Enums['release_type'][];
/** CITES Res. Conf. 17.8 options when release is not possible, in order: euthanasia is the last. */
export const RELEASE_ALTERNATIVES = ['permanent_care', 'transfer', 'euthanasia'] as const satisfies readonly Enums['release_alternative'][];

export type ReleaseAnswer = (typeof RELEASE_ANSWERS)[number];
export type ReleaseStep = (typeof RELEASE_STEPS)[number];
export type ReleaseAlternative = (typeof RELEASE_ALTERNATIVES)[number];

/** The alternative reason's length: euthanasia must say why permanent care and transfer cannot be. */
const REASON_MIN = { permanent_care: 10, transfer: 10, euthanasia: 40 } as const satisfies Record<ReleaseAlternative, number>;

/** The revision the form showed, from its hidden field: a damaged one is refused before the database. */
const revision = z
	.string({ error: issue('assessment_form_damaged') })
	.regex(/^\d{1,9}$/, issue('assessment_form_damaged'))
	.transform(Number)
	.refine((n) => n >= 1, issue('assessment_form_damaged'));

const QUESTION_KEY = /^[a-z][a-z_]{1,40}$/;

export interface ChecklistAnswer {
	key: string;
	answer: ReleaseAnswer;
	note: string | null;
}

/**
 * The checklist form: `answer.<key>` radios and `note.<key>` notes, one pair per question. A
 * question left without an answer is left as it is; a note needs an answer to go with it.
 * Which keys the checklist has is the database's to check (RL324).
 */
export const checklistAnswersSchema = z.record(z.string(), z.string()).transform((values, ctx) => {
	let refused = false;
	const add = (path: string, key: ValidationKey) => {
		refused = true;
		ctx.addIssue({ code: 'custom', path: [path], message: issue(key) });
	};
	const parsedRevision = revision.safeParse(values.revision);
	if (!parsedRevision.success) add('revision', 'assessment_form_damaged');
	const keys = new Set(
		Object.keys(values)
			.filter((name) => name.startsWith('answer.') || name.startsWith('note.'))
			.map((name) => name.slice(name.indexOf('.') + 1))
	);
	const answers: ChecklistAnswer[] = [];
	// The database takes 100 answers at most; more is not a form this page rendered.
	if (keys.size > 100) {
		add('form', 'assessment_answers_invalid');
		return z.NEVER;
	}
	for (const key of keys) {
		if (!QUESTION_KEY.test(key)) {
			add('form', 'assessment_answers_invalid');
			continue;
		}
		const answer = values[`answer.${key}`] ?? '';
		const note = (values[`note.${key}`] ?? '').trim();
		if (note.length > 2000) add(`note.${key}`, 'text_too_long');
		if (answer === '') {
			if (note) add(`answer.${key}`, 'assessment_answer_for_note');
		} else if (!(RELEASE_ANSWERS as readonly string[]).includes(answer)) {
			add(`answer.${key}`, 'assessment_answer_invalid');
		} else {
			answers.push({ key, answer: answer as ReleaseAnswer, note: note || null });
		}
	}
	if (answers.length === 0 && !refused) add('form', 'assessment_answers_none');
	return { revision: parsedRevision.data ?? 0, answers };
});

const headCount = wholeNumber('assessment_head_count_invalid', 1, 100_000);

/** What was assessed: the only columns a client may change (each change is a new revision). */
export const assessmentDetailsSchema = z.object({
	revision,
	proposedSite: optionalText(300, 'assessment_site_too_long').refine((v) => v === null || v.length >= 2, issue('assessment_site_too_short')),
	releaseType: z
		.enum(['', ...RELEASE_TYPES], { error: issue('assessment_type_invalid') })
		.optional()
		.transform((v) => (v ? v : null)),
	// Sent for a lot only: an animal is always one.
	headCount: z
		.string()
		.optional()
		.transform((v, ctx) => {
			if (!v?.trim()) return null;
			const count = headCount.safeParse(v);
			if (count.success) return count.data;
			ctx.addIssue({ code: 'custom', message: issue('assessment_head_count_invalid') });
			return z.NEVER;
		})
});

/** One approval. The authority's is recorded by staff with the official's name, agency and document. */
export const approvalSchema = z
	.object({
		revision,
		step: z.enum(RELEASE_STEPS, { error: issue('assessment_form_damaged') }),
		notes: optionalText(2000, 'text_too_long'),
		authorityName: optionalText(200, 'text_too_long'),
		authorityAgency: optionalText(200, 'text_too_long'),
		documentNumber: optionalText(100, 'text_too_long'),
		confirm: checkbox
	})
	.superRefine((a, ctx) => {
		const add = (path: string, key: ValidationKey) => ctx.addIssue({ code: 'custom', path: [path], message: issue(key) });
		if (a.step === 'authority') {
			if (a.authorityName === null || a.authorityName.length < 2) add('authorityName', 'assessment_authority_name_required');
			if (a.authorityAgency === null || a.authorityAgency.length < 2) add('authorityAgency', 'assessment_authority_agency_required');
			if (a.documentNumber === null) add('documentNumber', 'assessment_document_number_required');
		}
		if (!a.confirm) add('confirm', 'confirm_required');
	})
	.transform((a) =>
		// Only the authority's approval names an official: stray fields of another step are dropped.
		a.step === 'authority' ? a : { ...a, authorityName: null, authorityAgency: null, documentNumber: null }
	);

/** The planned date, or (intent "clear") no date. Not in the past: the database checks against the centre's today. */
export const scheduleSchema = z
	.object({
		revision,
		intent: z.enum(['schedule', 'clear'], { error: issue('assessment_form_damaged') }).default('schedule'),
		scheduledFor: z.string().optional()
	})
	.transform((s, ctx) => {
		if (s.intent === 'clear') return { revision: s.revision, scheduledFor: null };
		const date = dateText.safeParse(s.scheduledFor ?? '');
		if (!date.success) {
			ctx.addIssue({ code: 'custom', path: ['scheduledFor'], message: issue('assessment_date_required') });
			return z.NEVER;
		}
		return { revision: s.revision, scheduledFor: date.data };
	});

/** The alternative to release, with its reason; euthanasia, the last option, also needs its box ticked. */
export const alternativeSchema = z
	.object({
		alternative: z.enum(RELEASE_ALTERNATIVES, { error: issue('assessment_alternative_required') }),
		alternativeReason: z
			.string()
			.optional()
			.transform((v) => v?.trim() ?? '')
			.pipe(z.string().max(2000, issue('text_too_long'))),
		confirm: checkbox
	})
	.superRefine((a, ctx) => {
		if (a.alternativeReason.length < REASON_MIN[a.alternative]) {
			const key = a.alternative === 'euthanasia' ? 'assessment_euthanasia_reason_short' : 'assessment_alternative_reason_short';
			ctx.addIssue({ code: 'custom', path: ['alternativeReason'], message: issue(key) });
		}
		if (a.alternative === 'euthanasia' && !a.confirm) ctx.addIssue({ code: 'custom', path: ['confirm'], message: issue('confirm_required') });
	});
