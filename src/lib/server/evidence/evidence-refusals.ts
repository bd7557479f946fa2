import type { FieldRefusal } from '$lib/server/db-refusal';

/**
 * The refusals of evidence_sheet_draft(), issue_evidence_document() and decline_evidence_request()
 * (migrations 20261125010000…010200) as the form field they concern and their message.
 */
export const EVIDENCE_REFUSALS: Record<string, FieldRefusal> = {
	'42501': { field: 'form', key: 'evidence_only_admins' },
	P0002: { field: 'form', key: 'evidence_request_unknown' },
	RL402: { field: 'form', key: 'evidence_request_decided' },
	RL403: { field: 'reason', key: 'evidence_decline_reason_required' },
	RL404: { field: 'form', key: 'evidence_chain_broken' },
	RL405: { field: 'form', key: 'evidence_records_changed' },
	RL406: { field: 'form', key: 'evidence_subject_unknown' }
};
