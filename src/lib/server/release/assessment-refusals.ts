import type { ValidationKey } from '$lib/i18n';
import { refusalFrom, type FieldRefusal } from '$lib/server/db-refusal';

/**
 * The release rules' refusals (SQLSTATE RL3xx, supabase/migrations/20261124020200_create_release_rules.sql)
 * as a form field and its message. The code decides the message, as in health/db-refusals.ts; only
 * RL316 reads the hint, to say which of the official's three fields is missing.
 */
const REFUSALS: Record<string, FieldRefusal> = {
	RL302: { field: 'headCount', key: 'assessment_head_count_too_many' },
	RL311: { field: 'form', key: 'assessment_stale' },
	RL313: { field: 'form', key: 'assessment_blocked' },
	RL314: { field: 'form', key: 'assessment_approval_order' },
	RL315: { field: 'form', key: 'assessment_already_approved' },
	RL317: { field: 'form', key: 'assessment_not_approved' },
	RL318: { field: 'scheduledFor', key: 'assessment_date_past' },
	RL319: { field: 'form', key: 'assessment_alternative_not_allowed' },
	RL320: { field: 'form', key: 'assessment_already_released' },
	RL324: { field: 'form', key: 'assessment_answers_invalid' },
	RL325: { field: 'alternativeReason', key: 'assessment_alternative_reason_short' },
	'42501': { field: 'form', key: 'assessment_forbidden' },
	PT404: { field: 'form', key: 'assessment_not_found' }
};

const AUTHORITY_FIELDS: Record<string, ValidationKey> = {
	authorityName: 'assessment_authority_name_required',
	authorityAgency: 'assessment_authority_agency_required',
	documentNumber: 'assessment_document_number_required'
};


/** The refusal to show, or null for an error no form can answer (the caller throws: a 500 with a reference). */
export function assessmentRefusal(error: { code: string; message: string; hint?: string | null }): FieldRefusal | null {
	if (error.code === 'RL316') {
		const field = error.hint && Object.hasOwn(AUTHORITY_FIELDS, error.hint) ? error.hint : 'documentNumber';
		return { field, key: AUTHORITY_FIELDS[field] };
	}
	return refusalFrom(REFUSALS, error, 'a release assessment form');
}
