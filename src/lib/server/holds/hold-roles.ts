import type { StaffRole } from '$lib/roles';

/**
 * The roles the insert and update policies of `evidence_holds` name. A prosecutor reaches a case
 * page only for a case granted to them, which is the other half of those policies.
 */
export const HOLD_ROLES = ['admin', 'prosecutor'] as const satisfies readonly StaffRole[];

export function mayHoldEvidence(role: StaffRole): boolean {
	return (HOLD_ROLES as readonly StaffRole[]).includes(role);
}
