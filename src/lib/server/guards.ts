import { error, redirect } from '@sveltejs/kit';
import { messages } from '$lib/i18n';
import type { StaffRole } from '$lib/roles';
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
	const m = messages(locals.locale);
	if (!staff?.active) error(401, m.errors.signInAgain);
	if (!roles.includes(staff.role)) {
		const desks = m.errors.or(roles.map((r) => m.desks[r]));
		error(403, m.errors.wrongDesk(desks, m.errors.or(roles.map((r) => m.roles[r])), m.roles[staff.role]));
	}
	return staff;
}
