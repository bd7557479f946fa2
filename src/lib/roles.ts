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

/** What the navigation offers a role, labelled in the reader's language. */
export function navLinksFor(role: StaffRole, m: Messages): NavLink[] {
	return [{ href: ROLE_DESK_PATHS[role], label: m.desks[role] }];
}
