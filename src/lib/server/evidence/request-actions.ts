import type { RequestEvent } from '@sveltejs/kit';
import { refusalFrom, type FieldRefusal } from '$lib/server/db-refusal';
import { requireRole } from '$lib/server/guards';
import { evidenceRequestSchema, withdrawRequestSchema } from '$lib/schemas/evidence-request';
import { readForm, refuseForm, refusedBy } from './evidence-form';
import { EVIDENCE_REFUSALS } from './evidence-refusals';
import { resolveSubject } from './subject-of-form';

type Event = Pick<RequestEvent, 'request' | 'locals'>;

/**
 * The request insert's refusals: the RLS check (the case is not granted to the caller), a subject
 * of another case (the composite foreign keys), and the trigger's date check (hint neededBy).
 */
const REQUEST_REFUSALS: Record<string, FieldRefusal> = {
	...EVIDENCE_REFUSALS,
	'42501': { field: 'caseId', key: 'evidence_case_not_granted' },
	'23503': { field: 'form', key: 'evidence_subject_unknown' },
	'22023': { field: 'neededBy', key: 'evidence_needed_by_past' }
};

/** `?/request`: a prosecutor asks for a sheet of (part of) a case granted to them. */
export async function requestSheet({ request, locals }: Event) {
	await requireRole(locals, 'prosecutor');
	const form = await readForm(request, evidenceRequestSchema);
	if (!form.ok) return refuseForm(locals, 'request', form.values, form.errors);
	const r = form.data;
	const subject = await resolveSubject(locals.supabase, r.caseId, r.subject);
	if (!subject.ok) return refuseForm(locals, 'request', form.values, { [subject.field]: subject.key });

	const { error } = await locals.supabase.from('evidence_requests').insert({
		case_id: r.caseId,
		subject: subject.kind,
		...subject.columns,
		purpose: r.purpose,
		court_case_number: r.courtCaseNumber,
		needed_by: r.neededBy,
		language: r.language
	});
	if (!error) return { requested: true as const };
	const refusal = refusalFrom(REQUEST_REFUSALS, error, 'an evidence request');
	if (!refusal) throw new Error(`requesting an evidence sheet failed: ${error.code} ${error.message}`);
	return refusedBy(locals, 'request', form.values, refusal);
}

/** `?/withdraw`: the prosecutor cancels a request still waiting (RLS: their own, still waiting). */
export async function withdrawRequest({ request, locals }: Event) {
	const prosecutor = await requireRole(locals, 'prosecutor');
	const form = await readForm(request, withdrawRequestSchema);
	if (!form.ok) return refuseForm(locals, 'withdraw', form.values, form.errors);
	const { data, error } = await locals.supabase
		.from('evidence_requests')
		.update({ status: 'withdrawn' })
		.eq('id', form.data.requestId)
		.eq('prosecutor_id', prosecutor.userId)
		.select('id');
	if (error) {
		// Decided between the RLS check and the trigger's: the trigger says so.
		const refusal = refusalFrom({ RL402: EVIDENCE_REFUSALS.RL402 }, error, 'withdrawing an evidence request');
		if (!refusal) throw new Error(`withdrawing an evidence request failed: ${error.code} ${error.message}`);
		return refusedBy(locals, 'withdraw', form.values, refusal, 409);
	}
	// Nothing matched: decided or withdrawn meanwhile (in another tab), or never theirs.
	if (data.length === 0) return refuseForm(locals, 'withdraw', form.values, { form: 'evidence_request_decided' }, 409);
	return { withdrawn: form.data.requestId };
}
