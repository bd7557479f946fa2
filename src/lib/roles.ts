import type { Messages } from '$lib/i18n';
import type { Database } from '$lib/types/database';

export type StaffRole = Database['public']['Enums']['staff_role'];

export const STAFF_ROLES = ['admin', 'vet', 'keeper', 'release_team', 'prosecutor'] as const satisfies readonly StaffRole[];

/** Each role's desk: where `/` sends them. Names of roles and desks are in the dictionaries. */
export const ROLE_DESK_PATHS: Record<StaffRole, string> = {
	admin: '/admin/staff',
	vet: '/vet',
	keeper: '/keeper',
	release_team: '/release',
	prosecutor: '/prosecutor'
};

export interface NavLink {
	href: string;
	label: string;
}

/** The roles that take in seizures (record_seizure and the intake policies agree). */
export const INTAKE_ROLES = ['admin', 'vet', 'keeper'] as const satisfies readonly StaffRole[];

export function mayRecordIntake(role: StaffRole): boolean {
	return (INTAKE_ROLES as readonly StaffRole[]).includes(role);
}

/** What the navigation offers a role, labelled in the reader's language. */
export function navLinksFor(role: StaffRole, m: Messages): NavLink[] {
	const links = [{ href: ROLE_DESK_PATHS[role], label: m.desks[role] }, { href: '/cases', label: m.nav.cases }];
	if (mayRecordIntake(role)) links.push({ href: '/intake', label: m.nav.intake });
	if (role !== 'prosecutor') links.push({ href: '/enclosures', label: m.nav.enclosures });
	// The centre's figures are for care staff; prosecutors read evidence of their granted cases only.
	if (role !== 'prosecutor') links.push({ href: '/dashboard', label: m.dashboard.nav });
	// The release team's desk is the release board; vets and admins follow it from here.
	if (role === 'vet' || role === 'admin') links.push({ href: '/release', label: m.release.nav });
	if (role === 'admin') links.push({ href: '/admin/drugs', label: m.drugs.nav });
	if (role === 'admin') links.push({ href: '/admin/evidence', label: m.evidenceRequests.nav });
	if (role === 'admin') links.push({ href: '/admin/audit', label: m.audit.nav });
	return links;
}
