import type { ValidationKey } from '$lib/i18n';
import { INVALID_INPUT_CODES } from '$lib/server/db-refusal';

/**
 * record_disposition()'s refusals (SQLSTATE RL3xx, 20261124010200) as a form field and its
 * message. The code alone decides the message, as in health/db-refusals.ts, so a changed hint
 * cannot put a wrong text on screen.
 */
const REFUSALS: Record<string, { field: string; key: ValidationKey }> = {
	RL301: { field: 'form', key: 'disposition_already_ended' },
	RL302: { field: 'count', key: 'disposition_count_exceeds_lot' },
	RL303: { field: 'form', key: 'disposition_case_on_hold' },
	RL304: { field: 'holdConsentReference', key: 'hold_consent_required' },
	RL305: { field: 'occurredAt', key: 'disposition_before_seizure' },
	RL306: { field: 'form', key: 'disposition_release_elsewhere' },
	RL307: { field: 'authorisedBy', key: 'authorised_by_invalid' },
	RL010: { field: 'occurredAt', key: 'datetime_in_future' },
	// dispositions_one_per_animal / _per_item: another ending was recorded at the same moment.
	'23505': { field: 'form', key: 'disposition_already_ended' }
};

export type DispositionRefusal =
	| { kind: 'field'; field: string; key: ValidationKey }
	| { kind: 'forbidden' }
	| { kind: 'not_found' }
	| { kind: 'invalid'; message: string };

/** The refusal to show, or null for an error no form can answer (the caller throws: a 500 with a reference). */
export function dispositionRefusal(error: { code: string; message: string }): DispositionRefusal | null {
	const known = REFUSALS[error.code];
	if (known) return { kind: 'field', ...known };
	if (error.code === '42501') return { kind: 'forbidden' };
	if (error.code === 'PT404' || error.code === '23503') return { kind: 'not_found' };
	if (INVALID_INPUT_CODES.includes(error.code)) return { kind: 'invalid', message: error.message };
	return null;
}
