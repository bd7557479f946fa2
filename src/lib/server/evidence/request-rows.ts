import type { Database } from '$lib/types/database';

type Status = Database['public']['Enums']['evidence_request_status'];
type Subject = Database['public']['Enums']['custody_subject'];

/** One evidence request as the lists show it, on the prosecutor's desk and the admins'. */
export interface EvidenceRequestRow {
	id: string;
	/** Null when the case is no longer open to the reader (a prosecutor whose grant was revoked). */
	caseId: string | null;
	caseNumber: string | null;
	subject: Subject;
	/** The animal's code, the lot's species or the item's description; null for the whole case. */
	subjectLabel: string | null;
	purpose: string;
	courtCaseNumber: string | null;
	neededBy: string | null;
	language: 'en' | 'km';
	status: Status;
	declineReason: string | null;
	requestedAt: string;
	decidedAt: string | null;
	decidedBy: string | null;
	prosecutorId: string;
	prosecutorName: string;
	documentId: string | null;
}

/** The columns and embeds of EvidenceRequestRow: the composite keys tie each subject to the request's case. */
export const REQUEST_COLUMNS = `id, case_id, subject, purpose, court_case_number, needed_by, language, status, decline_reason,
	requested_at, decided_at, prosecutor_id,
	case:seizure_cases!evidence_requests_case_id_fkey(id, case_number),
	lot:lots!evidence_requests_lot_id_case_id_fkey(species(scientific_name)),
	animal:animals!evidence_requests_animal_id_case_id_fkey(code),
	item:evidence_items!evidence_requests_item_id_case_id_fkey(description),
	prosecutor:staff!evidence_requests_prosecutor_id_fkey(full_name),
	decider:staff!evidence_requests_decided_by_fkey(full_name),
	document:evidence_documents!evidence_documents_request_id_fkey(id)` as const;

interface RequestRecord {
	id: string;
	subject: Subject;
	purpose: string;
	court_case_number: string | null;
	needed_by: string | null;
	language: string;
	status: Status;
	decline_reason: string | null;
	requested_at: string;
	decided_at: string | null;
	prosecutor_id: string;
	case: { id: string; case_number: string } | null;
	lot: { species: { scientific_name: string } | null } | null;
	animal: { code: string } | null;
	item: { description: string } | null;
	prosecutor: { full_name: string } | null;
	decider: { full_name: string } | null;
	document: { id: string } | { id: string }[] | null;
}

export function toRequestRow(r: RequestRecord): EvidenceRequestRow {
	const document = Array.isArray(r.document) ? (r.document[0] ?? null) : r.document;
	return {
		id: r.id,
		caseId: r.case?.id ?? null,
		caseNumber: r.case?.case_number ?? null,
		subject: r.subject,
		subjectLabel: r.animal?.code ?? r.lot?.species?.scientific_name ?? r.item?.description ?? null,
		purpose: r.purpose,
		courtCaseNumber: r.court_case_number,
		neededBy: r.needed_by,
		language: r.language === 'km' ? 'km' : 'en',
		status: r.status,
		declineReason: r.decline_reason,
		requestedAt: r.requested_at,
		decidedAt: r.decided_at,
		decidedBy: r.decider?.full_name ?? null,
		prosecutorId: r.prosecutor_id,
		prosecutorName: r.prosecutor?.full_name ?? '',
		documentId: document?.id ?? null
	};
}
