import type { ValidationKey } from '$lib/i18n';
import { INVALID_INPUT_CODES } from '$lib/server/db-refusal';

/**
 * The database's rule refusals (SQLSTATE class RL, see the vet-records migrations) as a form
 * field and its message. The HINT names the field too; the code alone decides the message, so a
 * changed hint cannot put a wrong text on screen.
 */
const REFUSALS: Record<string, { field: string; key: ValidationKey }> = {
	RL001: { field: 'form', key: 'animal_not_in_care' },
	RL002: { field: 'form', key: 'no_weight' },
	RL003: { field: 'weightAgeOverrideReason', key: 'weight_stale_reason_required' },
	RL004: { field: 'outOfRangeReason', key: 'out_of_range_reason_required' },
	RL005: { field: 'outOfRangeReason', key: 'no_range_reason_required' },
	RL006: { field: 'weightConfirmed', key: 'weight_needs_confirmation' },
	RL007: { field: 'weight', key: 'weight_above_ceiling' },
	RL008: { field: 'weight', key: 'weight_not_positive' },
	RL009: { field: 'doseMgPerKg', key: 'volume_too_small' },
	RL011: { field: 'givenAt', key: 'given_before_start' },
	RL012: { field: 'givenAt', key: 'prescription_stopped' },
	RL013: { field: 'actualMl', key: 'actual_ml_required' },
	RL014: { field: 'countExamined', key: 'count_exceeds_lot' },
	// Lab results and necropsies (20261123210200, 20261123210300). The corrected row and the
	// subject are not inputs of their forms: those messages go on top of the form.
	RL015: { field: 'value', key: 'lab_value_required' },
	RL016: { field: 'resultText', key: 'lab_value_both' },
	RL017: { field: 'unit', key: 'lab_unit_required' },
	RL018: { field: 'rangeHigh', key: 'lab_range_reversed' },
	RL019: { field: 'resultedAt', key: 'lab_resulted_before_collected' },
	RL020: { field: 'form', key: 'lab_correction_invalid' },
	RL021: { field: 'correctionReason', key: 'lab_correction_reason_required' },
	RL022: { field: 'form', key: 'necropsy_animal_not_dead' },
	RL023: { field: 'form', key: 'necropsy_lot_no_deaths' },
	RL024: { field: 'form', key: 'necropsy_exists' },
	RL025: { field: 'form', key: 'lab_necropsy_mismatch' },
	RL026: { field: 'performedBy', key: 'performed_by_invalid' },
	// Not raised by the database: problem-actions.ts names these two outcomes of resolving a problem.
	RL027: { field: 'resolvedOn', key: 'resolved_before_start' },
	RL028: { field: 'form', key: 'problem_required' }
};

export type DbRefusal =
	| { kind: 'field'; field: string; key: ValidationKey }
	| { kind: 'forbidden' }
	| { kind: 'not_found' }
	| { kind: 'invalid'; message: string };

export function dbRefusal(error: { code: string; message: string; hint?: string | null }): DbRefusal | null {
	const known = REFUSALS[error.code];
	if (known) return { kind: 'field', ...known };
	// RL010: a time in the future; the hint says which of the form's times.
	if (error.code === 'RL010') return { kind: 'field', field: error.hint || 'form', key: 'datetime_in_future' };
	if (error.code === '42501') return { kind: 'forbidden' };
	if (error.code === '23503') return { kind: 'not_found' };
	// Check constraints and bad values: the schemas mirror them, so this is rare.
	if (INVALID_INPUT_CODES.includes(error.code)) return { kind: 'invalid', message: error.message };
	return null;
}
