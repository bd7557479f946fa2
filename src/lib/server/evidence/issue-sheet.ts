import { createHash, randomUUID } from 'node:crypto';
import type { SupabaseClient } from '@supabase/supabase-js';
import { evidenceDraftSchema, type EvidenceDraft } from '$lib/schemas/evidence-content';
import { refusalFrom, type FieldRefusal } from '$lib/server/db-refusal';
import { renderPdf } from '$lib/server/pdf/pdf-fonts';
import type { Database } from '$lib/types/database';
import { EVIDENCE_REFUSALS } from './evidence-refusals';
import { evidenceSheet, type EvidenceSheetInput } from './evidence-sheet';
import { sheetPhotoImages } from './sheet-photos';

export const SHEET_BUCKET = 'evidence-sheets';
// The functions take null for "no request"; the generated types cannot say so, and leaving the
// argument out makes PostgREST look for another function.
const NO_REQUEST = null as unknown as string;

export interface IssueSheetRequest {
	subject: 'case' | 'lot' | 'animal' | 'item';
	subjectId: string;
	/** For a prosecutor's request: its subject, language and grant decide, whatever else is given. */
	requestId: string | null;
	language: 'en' | 'km';
	includeVeterinary: boolean;
	includeOffender: boolean;
}

export interface IssuedSheet {
	documentId: string;
	contentHash: string;
	pdf: Uint8Array;
}

export type IssueOutcome = { ok: true; sheet: IssuedSheet } | { ok: false; refusal: FieldRefusal };

type Client = SupabaseClient<Database>;

/**
 * Issues an evidence sheet as the signed-in admin: the database drafts the content and its hash,
 * the PDF is drawn and stored, and the database records it only if the records still have that
 * hash (else the stored file is removed, and the whole is tried once more). Nothing is half-issued:
 * either the document row and its file both exist, or neither.
 */
export async function issueEvidenceSheet(
	supabase: Client,
	request: IssueSheetRequest,
	issuer: { name: string; origin: string }
): Promise<IssueOutcome> {
	const first = await issueOnce(supabase, request, issuer);
	if (first.ok || first.refusal.key !== 'evidence_records_changed') return first;
	return issueOnce(supabase, request, issuer);
}

async function issueOnce(supabase: Client, request: IssueSheetRequest, issuer: { name: string; origin: string }): Promise<IssueOutcome> {
	const drafted = await supabase.rpc('evidence_sheet_draft', {
		p_subject: request.subject,
		p_subject_id: request.subjectId,
		p_request_id: request.requestId ?? NO_REQUEST,
		p_include_veterinary: request.includeVeterinary,
		p_include_offender: request.includeOffender
	});
	if (drafted.error) return refused(drafted.error);
	const draft = evidenceDraftSchema.parse(drafted.data);

	const documentId = randomUUID();
	const generatedAt = new Date().toISOString();
	const input: EvidenceSheetInput = {
		documentId,
		language: draft.language ?? request.language,
		generatedAt,
		generatedBy: issuer.name,
		contentHash: draft.content_hash,
		chainHead: draft.chain_head,
		chainEvents: draft.chain_events,
		verifyUrl: `${issuer.origin.replace(/\/+$/, '')}/verify/${documentId}`,
		request: await requestHeading(supabase, draft),
		content: draft.content,
		photoImages: await sheetPhotoImages(supabase, draft.content.photos)
	};
	const pdf = await renderPdf(await evidenceSheet(input));
	const path = `sheets/${documentId}.pdf`;
	const stored = await supabase.storage.from(SHEET_BUCKET).upload(path, pdf, { contentType: 'application/pdf', upsert: false });
	if (stored.error) throw new Error(`storing evidence sheet ${documentId} failed: ${stored.error.message}`);

	const issued = await supabase.rpc('issue_evidence_document', {
		p_document_id: documentId,
		p_subject: draft.subject,
		p_subject_id: draft.subject_id,
		p_request_id: draft.request_id ?? NO_REQUEST,
		p_language: input.language,
		p_include_veterinary: draft.include_veterinary,
		p_include_offender: draft.include_offender,
		p_content_hash: draft.content_hash,
		p_generated_at: generatedAt,
		p_pdf_sha256: createHash('sha256').update(pdf).digest('hex'),
		p_byte_size: pdf.byteLength
	});
	if (!issued.error) return { ok: true, sheet: { documentId, contentHash: draft.content_hash, pdf } };

	const removed = await supabase.storage.from(SHEET_BUCKET).remove([path]);
	if (removed.error || !removed.data?.length) console.error(`evidence sheet ${path} was not issued and could not be removed`);
	return refused(issued.error);
}

function refused(error: { code: string; message: string }): IssueOutcome {
	const refusal = refusalFrom(EVIDENCE_REFUSALS, error, 'an evidence sheet');
	if (!refusal) throw new Error(`issuing an evidence sheet failed: ${error.code} ${error.message}`);
	return { ok: false, refusal };
}

async function requestHeading(supabase: Client, draft: EvidenceDraft): Promise<EvidenceSheetInput['request']> {
	if (!draft.request_id) return null;
	const { data, error } = await supabase
		.from('evidence_requests')
		.select('purpose, court_case_number, prosecutor:staff!evidence_requests_prosecutor_id_fkey(full_name)')
		.eq('id', draft.request_id)
		.single();
	if (error) throw new Error(`reading evidence request ${draft.request_id} failed: ${error.code} ${error.message}`);
	return { purpose: data.purpose, courtCaseNumber: data.court_case_number, prosecutorName: data.prosecutor?.full_name ?? '' };
}
