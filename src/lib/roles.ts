import type { Database } from '$lib/types/database';

export type StaffRole = Database['public']['Enums']['staff_role'];

export const STAFF_ROLES = ['admin', 'vet', 'keeper', 'release_team', 'prosecutor'] as const satisfies readonly StaffRole[];

export const ROLE_LABELS: Record<StaffRole, string> = {
	admin: 'Administrator',
	vet: 'Veterinarian',
	keeper: 'Keeper',
	release_team: 'Release team',
	prosecutor: 'Prosecutor'
};

/** Each role's desk: where `/` sends them and what the navigation offers. */
export const ROLE_DESKS: Record<StaffRole, { path: string; title: string }> = {
	admin: { path: '/admin/staff', title: 'Staff accounts' },
	vet: { path: '/vet', title: 'Veterinary desk' },
	keeper: { path: '/keeper', title: "Keeper's round" },
	release_team: { path: '/release', title: 'Release planning' },
	prosecutor: { path: '/prosecutor', title: 'Evidence requests' }
};

export interface NavLink {
	href: string;
	label: string;
}

export function navLinksFor(role: StaffRole): NavLink[] {
	const desk = ROLE_DESKS[role];
	return [{ href: desk.path, label: desk.title }];
}
