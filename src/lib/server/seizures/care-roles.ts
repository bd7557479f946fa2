import type { StaffRole } from '$lib/roles';

/**
 * The roles that may add photos and custody events: the same four the insert policies of
 * `photos`, `storage.objects` (bucket photos) and `custody_events` name. Prosecutors only read.
 */
export const CARE_ROLES = ['admin', 'vet', 'keeper', 'release_team'] as const satisfies readonly StaffRole[];

export function mayRecordCare(role: StaffRole): boolean {
	return (CARE_ROLES as readonly StaffRole[]).includes(role);
}
