import { formObject } from '$lib/schemas/form-errors';
import {
	alternativeSchema,
	approvalSchema,
	assessmentDetailsSchema,
	checklistAnswersSchema,
	scheduleSchema,
	type ChecklistAnswer
} from '$lib/schemas/release-assessment';
import { requireRole } from '$lib/server/guards';
import type { Json } from '$lib/types/database';
import { runAssessmentForm, type AssessmentEvent } from './assessment-form';
import { ASSESSMENT_ROLES, loadAssessmentPage } from './assessment-page';

/**
 * The assessment page's form actions. Each is one database call; the database checks the role of
 * each step, the order of approvals and the revision the form was rendered on (RL311), so two
 * people working on the same assessment cannot overwrite each other unseen.
 */
async function readForm(event: AssessmentEvent) {
	const staff = await requireRole(event.locals, ...ASSESSMENT_ROLES);
	return { staff, values: formObject(await event.request.formData()) };
}

/** A resend of answers that were saved the first time: the revision moved, but to exactly these answers. */
async function answersAlreadySaved(event: AssessmentEvent, assessmentId: string, answers: ChecklistAnswer[]) {
	const page = await loadAssessmentPage(event.locals.supabase, assessmentId);
	const current = new Map(page?.questions.map((q) => [q.key, q]));
	return answers.every((a) => current.get(a.key)?.answer === a.answer && (current.get(a.key)?.note ?? null) === a.note);
}

export async function answerQuestions(event: AssessmentEvent, assessmentId: string) {
	const { values } = await readForm(event);
	const result = await runAssessmentForm(
		event,
		'answers',
		values,
		checklistAnswersSchema,
		(a) =>
			event.locals.supabase.rpc('answer_release_questions', {
				p_assessment_id: assessmentId,
				p_revision: a.revision,
				p_answers: a.answers as unknown as Json
			}),
		async (a, error) => error.code === 'RL311' && (await answersAlreadySaved(event, assessmentId, a.answers))
	);
	return result ?? { answersSaved: true };
}

export async function editDetails(event: AssessmentEvent, assessmentId: string) {
	const { values } = await readForm(event);
	const result = await runAssessmentForm(event, 'details', values, assessmentDetailsSchema, async (d) => {
		// Only these three columns may change; the database raises the revision when one does.
		const { data, error } = await event.locals.supabase
			.from('release_assessments')
			.update({ proposed_site: d.proposedSite, release_type: d.releaseType, ...(d.headCount === null ? {} : { head_count: d.headCount }) })
			.eq('id', assessmentId)
			.eq('revision', d.revision)
			.select('id');
		// The trigger refuses any change to a released assessment with 42501.
		if (error?.code === '42501') return { error: { ...error, code: 'RL320' } };
		if (error) return { error };
		// No row of that revision: someone changed it since (or it is not readable: the page says so).
		return { error: data.length ? null : { code: 'RL311', message: 'no assessment at this revision' } };
	});
	return result ?? { detailsSaved: true };
}

export async function approve(event: AssessmentEvent, assessmentId: string) {
	const { staff, values } = await readForm(event);
	const result = await runAssessmentForm(
		event,
		'approve',
		values,
		approvalSchema,
		(a) =>
			event.locals.supabase.rpc('approve_release', {
				p_assessment_id: assessmentId,
				p_step: a.step,
				p_revision: a.revision,
				p_authority_name: a.authorityName ?? undefined,
				p_authority_agency: a.authorityAgency ?? undefined,
				p_document_number: a.documentNumber ?? undefined,
				p_notes: a.notes ?? undefined
			}),
		async (a, error) => {
			if (error.code !== 'RL315') return false;
			// Already given: by this person on this revision means the same form was sent twice.
			const { data } = await event.locals.supabase
				.from('release_approvals')
				.select('id')
				.eq('assessment_id', assessmentId)
				.eq('step', a.step)
				.eq('revision', a.revision)
				.eq('approved_by', staff.userId)
				.maybeSingle();
			return data !== null;
		}
	);
	return result ?? { approved: true };
}

export async function schedule(event: AssessmentEvent, assessmentId: string) {
	const { values } = await readForm(event);
	const saved = { scheduledFor: null as string | null };
	const result = await runAssessmentForm(event, 'schedule', values, scheduleSchema, (s) => {
		saved.scheduledFor = s.scheduledFor;
		return event.locals.supabase.rpc('schedule_release', {
			p_assessment_id: assessmentId,
			p_revision: s.revision,
			// Null clears the date; the generated types do not know SQL arguments may be null.
			p_scheduled_for: s.scheduledFor as string
		});
	});
	return result ?? { scheduled: saved };
}

export async function chooseAlternative(event: AssessmentEvent, assessmentId: string) {
	const { values } = await readForm(event);
	const result = await runAssessmentForm(event, 'alternative', values, alternativeSchema, (a) =>
		event.locals.supabase.rpc('choose_release_alternative', {
			p_assessment_id: assessmentId,
			p_alternative: a.alternative,
			p_reason: a.alternativeReason
		})
	);
	return result ?? { alternativeSaved: true };
}
