import { error, redirect } from '@sveltejs/kit';
import { ROLE_DESKS, ROLE_LABELS, type StaffRole } from '$lib/roles';
import type { StaffMember } from './session';

/** Same-site paths only: an open redirect after sign-in would hand sessions to phishing pages. */
export function safeRedirectPath(value: string | null | undefined): string | null {
	if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return null;
	return value;
}

export function loginRedirect(url: URL): never {
	const target = url.pathname + url.search;
	redirect(303, target === '/' ? '/login' : `/login?redirectTo=${encodeURIComponent(target)}`);
}

/** Active staff with one of the roles, or a 403 that says whose desk this is. */
export async function requireRole(locals: App.Locals, ...roles: StaffRole[]): Promise<StaffMember> {
	const { staff } = await locals.safeGetSession();
	if (!staff?.active) error(401, 'Please sign in again.');
	if (!roles.includes(staff.role)) {
		const desk = roles.map((r) => ROLE_DESKS[r].title).join(' or ');
		error(403, `${desk} is for ${roles.map((r) => ROLE_LABELS[r].toLowerCase()).join(' or ')} accounts. You are signed in as ${ROLE_LABELS[staff.role].toLowerCase()}.`);
	}
	return staff;
}
