import type { SupabaseClient } from '@supabase/supabase-js';
import type { Database } from '$lib/types/database';
import { readPage, type Paged } from './paged';
import { REQUEST_COLUMNS, toRequestRow, type EvidenceRequestRow } from './request-rows';

export const DESK_PAGE_SIZE = 20;

type Client = SupabaseClient<Database>;

/** A waiting request with what its prosecutor's grant includes now (null: the grant was revoked). */
export interface WaitingRequest extends EvidenceRequestRow {
	grant: { includeVeterinary: boolean; includeOffender: boolean } | null;
}

/** An issued sheet as the admins' list shows it. */
export interface IssuedDocument {
	id: string;
	caseNumber: string;
	subject: Database['public']['Enums']['custody_subject'];
	subjectLabel: string | null;
	language: string;
	generatedAt: string;
	generatedBy: string;
	contentHash: string;
	prosecutorName: string | null;
}

/** Requests waiting for a decision, oldest first: the longest waiting is answered first. */
export async function waitingRequests(supabase: Client, url: URL): Promise<Paged<WaitingRequest>> {
	const page = await readPage(url, 'waiting', DESK_PAGE_SIZE, 'the waiting evidence requests', (from, to) =>
		supabase
			.from('evidence_requests')
			.select(REQUEST_COLUMNS, { count: 'exact' })
			.eq('status', 'requested')
			.order('requested_at')
			.order('id')
			.range(from, to)
	);
	const rows = page.rows.map(toRequestRow);
	const grants = await grantsOf(supabase, [...new Set(rows.flatMap((r) => (r.caseId ? [r.caseId] : [])))]);
	return { ...page, rows: rows.map((r) => ({ ...r, grant: grants.get(`${r.caseId}/${r.prosecutorId}`) ?? null })) };
}

async function grantsOf(supabase: Client, caseIds: string[]) {
	if (caseIds.length === 0) return new Map<string, WaitingRequest['grant']>();
	const { data, error } = await supabase.from('case_grants').select('case_id, prosecutor_id, include_veterinary, include_offender').in('case_id', caseIds);
	if (error) throw new Error(`loading the grants of waiting requests failed: ${error.code} ${error.message}`);
	return new Map(data.map((g) => [`${g.case_id}/${g.prosecutor_id}`, { includeVeterinary: g.include_veterinary, includeOffender: g.include_offender }]));
}

/** Requests decided or withdrawn, the latest first. */
export async function decidedRequests(supabase: Client, url: URL): Promise<Paged<EvidenceRequestRow>> {
	const page = await readPage(url, 'decided', DESK_PAGE_SIZE, 'the decided evidence requests', (from, to) =>
		supabase
			.from('evidence_requests')
			.select(REQUEST_COLUMNS, { count: 'exact' })
			.neq('status', 'requested')
			.order('decided_at', { ascending: false, nullsFirst: false })
			.order('requested_at', { ascending: false })
			.order('id')
			.range(from, to)
	);
	return { ...page, rows: page.rows.map(toRequestRow) };
}

/** Sheets issued, newest first; the subject's name as printed on the sheet. */
export async function issuedDocuments(supabase: Client, url: URL): Promise<Paged<IssuedDocument>> {
	const page = await readPage(url, 'issued', DESK_PAGE_SIZE, 'the issued evidence sheets', (from, to) =>
		supabase
			.from('evidence_documents')
			.select(
				`id, subject, language, generated_at, content_hash, subject_label:content->subject->>label, case_number:content->case->>case_number,
				generator:staff!evidence_documents_generated_by_fkey(full_name),
				request:evidence_requests!evidence_documents_request_id_fkey(prosecutor:staff!evidence_requests_prosecutor_id_fkey(full_name))`,
				{ count: 'exact' }
			)
			.order('generated_at', { ascending: false })
			.order('id')
			.range(from, to)
	);
	return {
		...page,
		rows: page.rows.map((d) => ({
			id: d.id,
			caseNumber: String(d.case_number ?? ''),
			subject: d.subject,
			subjectLabel: d.subject_label == null ? null : String(d.subject_label),
			language: d.language,
			generatedAt: d.generated_at,
			generatedBy: d.generator?.full_name ?? '',
			contentHash: d.content_hash,
			prosecutorName: d.request?.prosecutor?.full_name ?? null
		}))
	};
}
