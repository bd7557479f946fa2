import type { ValidationKey } from '$lib/i18n';
import { INVALID_INPUT_CODES } from '$lib/server/db-refusal';

/**
 * The refusals of prepare_evidence_hold() (migration 20261124000000) as a form field and its
 * message. The trigger's HINT names the field too; the code alone decides, so a changed hint
 * cannot put a wrong text on screen.
 */
const REFUSALS: Record<string, { status: number; field: string; key: ValidationKey }> = {
	RL201: { status: 409, field: 'form', key: 'hold_already_placed' },
	RL202: { status: 409, field: 'form', key: 'hold_already_lifted' },
	RL203: { status: 400, field: 'liftCourtReference', key: 'hold_lift_reference_required' },
	// PostgREST's "no row" for .single(): the lift found no hold of this case the caller may update.
	PGRST116: { status: 404, field: 'form', key: 'hold_unknown' }
};

export type HoldRefusal =
	| { kind: 'field'; status: number; field: string; key: ValidationKey }
	| { kind: 'forbidden' }
	| { kind: 'invalid'; message: string };

export function holdRefusal(error: { code: string; message: string }): HoldRefusal | null {
	const known = REFUSALS[error.code];
	if (known) return { kind: 'field', ...known };
	// Row-level security: not an admin, or a prosecutor whose grant of this case was revoked.
	if (error.code === '42501') return { kind: 'forbidden' };
	// Check constraints and bad values: the schemas mirror them, so this is rare.
	if (INVALID_INPUT_CODES.includes(error.code)) return { kind: 'invalid', message: error.message };
	return null;
}
