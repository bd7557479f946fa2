import { en } from '$lib/i18n/en';
import type { ValidationKey } from '$lib/i18n';
import { evidenceSheetQuerySchema, type EvidenceSheetQuery as Query } from '$lib/schemas/evidence-sheet-query';
import { apiIssues } from '$lib/server/api/body';
import { apiCaller, type ApiCaller } from '$lib/server/api/caller';
import { apiError, apiHandler } from '$lib/server/api/respond';
import { issueEvidenceSheet } from '$lib/server/evidence/issue-sheet';
import { issuedSheetPdf, sheetFileName } from '$lib/server/evidence/issued-sheets';
import { isUuid } from '$lib/server/seizures/species-ref';
import type { RequestHandler } from './$types';

interface Sheet {
	documentId: string;
	contentHash: string;
	caseNumber: string;
	pdf: Uint8Array;
}

/** How each refusal of issuing answers a partner; anything else is a 400 with its sentence. */
const REFUSAL_STATUS: Partial<Record<ValidationKey, [number, string]>> = {
	evidence_subject_unknown: [404, 'not_found'],
	evidence_only_admins: [403, 'forbidden'],
	evidence_chain_broken: [409, 'chain_broken'],
	evidence_records_changed: [409, 'records_changed']
};
const NOT_FOUND = 'No such case, or it is not open to this account.';

/**
 * An evidence sheet of a whole case. An admin gets a new sheet, issued now and recorded; a
 * prosecutor gets the newest sheet issued for their own request of the case in that language, as
 * issued (they ask for sheets through their requests, never issue them).
 */
export const GET: RequestHandler = apiHandler(async ({ request, params, url }) => {
	const caller = await apiCaller(request, ['admin', 'prosecutor']);
	const query = evidenceSheetQuerySchema.safeParse(Object.fromEntries(url.searchParams));
	if (!query.success) {
		return apiError(400, 'invalid_request', 'The query is not valid: see issues.', { issues: apiIssues(query.error) });
	}
	// Unreadable answers like unknown: a 403 would tell a prosecutor which cases exist.
	if (!isUuid(params.id)) return apiError(404, 'not_found', NOT_FOUND);
	const outcome = caller.role === 'admin' ? await issueNow(caller, params.id, query.data, url.origin) : await issuedForRequest(caller, params.id, query.data);
	if (outcome instanceof Response) return outcome;
	return new Response(new Uint8Array(outcome.pdf), {
		headers: {
			'content-type': 'application/pdf',
			'content-length': String(outcome.pdf.byteLength),
			'content-disposition': `attachment; filename="${sheetFileName(outcome.caseNumber, outcome.documentId)}"`,
			'x-document-id': outcome.documentId,
			'x-content-sha256': outcome.contentHash,
			'cache-control': 'no-store'
		}
	});
});

async function issueNow({ supabase, userId }: ApiCaller, caseId: string, query: Query, origin: string): Promise<Sheet | Response> {
	const [found, staff] = await Promise.all([
		supabase.from('seizure_cases').select('case_number').eq('id', caseId).maybeSingle(),
		supabase.from('staff').select('full_name').eq('user_id', userId).single()
	]);
	if (found.error) throw new Error(`reading case ${caseId} failed: ${found.error.code} ${found.error.message}`);
	if (staff.error) throw new Error(`reading staff ${userId} failed: ${staff.error.code} ${staff.error.message}`);
	if (!found.data) return apiError(404, 'not_found', NOT_FOUND);

	const issued = await issueEvidenceSheet(
		supabase,
		{ subject: 'case', subjectId: caseId, requestId: null, language: query.lang, includeVeterinary: query.veterinary, includeOffender: query.offender },
		{ name: staff.data.full_name, origin }
	);
	if (!issued.ok) {
		const [status, code] = REFUSAL_STATUS[issued.refusal.key] ?? [400, 'invalid_request'];
		return apiError(status, code, en.validation[issued.refusal.key]);
	}
	return { ...issued.sheet, caseNumber: found.data.case_number };
}

async function issuedForRequest({ supabase }: ApiCaller, caseId: string, query: Query): Promise<Sheet | Response> {
	// Row-level security shows a prosecutor only the sheets issued for their own requests.
	const { data: doc, error } = await supabase
		.from('evidence_documents')
		.select('id, content_hash, case_number:content->case->>case_number')
		.eq('case_id', caseId)
		.eq('language', query.lang)
		.not('request_id', 'is', null)
		.order('generated_at', { ascending: false })
		.limit(1)
		.maybeSingle();
	if (error) throw new Error(`reading the sheets of case ${caseId} failed: ${error.code} ${error.message}`);
	const pdf = doc && (await issuedSheetPdf(supabase, doc.id));
	if (!doc || !pdf) {
		return apiError(
			404,
			'not_found',
			`No evidence sheet of this case has been issued for your requests in ${query.lang === 'km' ? 'Khmer' : 'English'}. Request one in Rescue Ledger (Evidence requests); it can be downloaded here once the centre has issued it.`
		);
	}
	return { documentId: doc.id, contentHash: doc.content_hash, caseNumber: String(doc.case_number ?? ''), pdf };
}
