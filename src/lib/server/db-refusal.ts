import type { ValidationKey } from '$lib/i18n';

/** A database refusal as the form field it concerns ('form' for the whole form) and its message. */
export type FieldRefusal = { field: string; key: ValidationKey };

/** Check constraints and bad values: the schemas mirror them, so these reach the database rarely. */
export const INVALID_INPUT_CODES = ['23514', '23502', '22P02', '22003', '22007', '22008', '22023'];

/**
 * The refusal `refusals` names for the error's SQLSTATE, "invalid" for bad input the schema let
 * through, or null for an error no form can answer (the caller throws: a 500 with a reference).
 * The code alone decides the message, so a changed hint cannot put a wrong text on screen.
 */
export function refusalFrom(refusals: Record<string, FieldRefusal>, error: { code: string; message: string }, form: string): FieldRefusal | null {
	const known = refusals[error.code];
	if (known) return known;
	if (INVALID_INPUT_CODES.includes(error.code)) {
		console.warn(`the database refused ${form}:`, error.message);
		return { field: 'form', key: 'invalid' };
	}
	return null;
}
