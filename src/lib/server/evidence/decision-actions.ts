import type { RequestEvent } from '@sveltejs/kit';
import { refusalFrom } from '$lib/server/db-refusal';
import { requireRole } from '$lib/server/guards';
import { declineRequestSchema, directIssueSchema, issueRequestSchema } from '$lib/schemas/evidence-request';
import { readForm, refuseForm, refusedBy } from './evidence-form';
import { EVIDENCE_REFUSALS } from './evidence-refusals';
import { issueEvidenceSheet } from './issue-sheet';
import { resolveSubject } from './subject-of-form';

type Event = Pick<RequestEvent, 'request' | 'locals' | 'url'>;

/** What the page says after a sheet was issued: the document to download and verify. */
export interface IssuedNotice {
	documentId: string;
	requestId: string | null;
}

/** `?/issue`: approves a waiting request by issuing its sheet (the database fulfils the request with it). */
export async function issueRequestedSheet({ request, locals, url }: Event) {
	const admin = await requireRole(locals, 'admin');
	const form = await readForm(request, issueRequestSchema);
	if (!form.ok) return refuseForm(locals, 'issue', form.values, form.errors);
	const { data: req, error } = await locals.supabase
		.from('evidence_requests')
		.select('id, case_id, subject, lot_id, animal_id, item_id, language')
		.eq('id', form.data.requestId)
		.maybeSingle();
	if (error) throw new Error(`reading evidence request ${form.data.requestId} failed: ${error.code} ${error.message}`);
	if (!req) return refuseForm(locals, 'issue', form.values, { form: 'evidence_request_unknown' }, 404);

	// The request's subject, language and grant decide what the sheet holds (evidence_sheet_draft).
	const outcome = await issueEvidenceSheet(
		locals.supabase,
		{
			subject: req.subject,
			subjectId: req.lot_id ?? req.animal_id ?? req.item_id ?? req.case_id,
			requestId: req.id,
			language: req.language === 'km' ? 'km' : 'en',
			includeVeterinary: false,
			includeOffender: false
		},
		{ name: admin.fullName, origin: url.origin }
	);
	if (!outcome.ok) return refusedBy(locals, 'issue', form.values, outcome.refusal, 409);
	return { issued: { documentId: outcome.sheet.documentId, requestId: req.id } satisfies IssuedNotice };
}

/** `?/decline`: refuses a waiting request with a reason the prosecutor reads. */
export async function declineRequest({ request, locals }: Event) {
	await requireRole(locals, 'admin');
	const form = await readForm(request, declineRequestSchema);
	if (!form.ok) return refuseForm(locals, 'decline', form.values, form.errors);
	const { error } = await locals.supabase.rpc('decline_evidence_request', { p_request_id: form.data.requestId, p_reason: form.data.reason });
	if (!error) return { declined: form.data.requestId };
	const refusal = refusalFrom(EVIDENCE_REFUSALS, error, 'declining an evidence request');
	if (!refusal) throw new Error(`declining an evidence request failed: ${error.code} ${error.message}`);
	return refusedBy(locals, 'decline', form.values, refusal, refusal.key === 'evidence_decline_reason_required' ? 400 : 409);
}

/** `?/issueDirect`: an admin issues a sheet of a case, lot, animal or item with no request. */
export async function issueDirectSheet({ request, locals, url }: Event) {
	const admin = await requireRole(locals, 'admin');
	const form = await readForm(request, directIssueSchema);
	if (!form.ok) return refuseForm(locals, 'issueDirect', form.values, form.errors);
	const d = form.data;
	const subject = await resolveSubject(locals.supabase, d.caseId, d.subject);
	if (!subject.ok) return refuseForm(locals, 'issueDirect', form.values, { [subject.field]: subject.key });
	const outcome = await issueEvidenceSheet(
		locals.supabase,
		{ subject: subject.kind, subjectId: subject.subjectId, requestId: null, language: d.language, includeVeterinary: d.includeVeterinary, includeOffender: d.includeOffender },
		{ name: admin.fullName, origin: url.origin }
	);
	if (!outcome.ok) return refusedBy(locals, 'issueDirect', form.values, outcome.refusal, 409);
	return { issued: { documentId: outcome.sheet.documentId, requestId: null } satisfies IssuedNotice };
}
