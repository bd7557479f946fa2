import { fail, redirect } from '@sveltejs/kit';
import { messages } from '$lib/i18n';
import { safeRedirectPath } from '$lib/server/guards';
import { fieldErrors, formObject } from '$lib/schemas/form-errors';
import { signInSchema } from '$lib/schemas/sign-in';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { signedIn, staff } = await locals.safeGetSession();
	const redirectTo = safeRedirectPath(url.searchParams.get('redirectTo'));
	if (staff?.active) redirect(303, redirectTo ?? '/');
	// Signed in but no active staff record: say so instead of looping through the guard.
	return { redirectTo, inactive: signedIn };
};

export const actions: Actions = {
	signIn: async ({ request, locals, url }) => {
		const m = messages(locals.locale);
		const form = formObject(await request.formData());
		// The password is never sent back to the page.
		const values = { email: form.email ?? '' };
		const parsed = signInSchema.safeParse(form);
		if (!parsed.success) return fail(400, { errors: fieldErrors(parsed.error), values });

		const { data, error } = await locals.supabase.auth.signInWithPassword(parsed.data);
		if (error || !data.user) {
			if (error?.status === 400 || error?.code === 'invalid_credentials') {
				return fail(400, { message: m.login.wrongCredentials, values });
			}
			if (error?.status === 429) return fail(429, { message: m.login.tooManyAttempts, values });
			console.error('sign-in failed:', error?.status, error?.code, error?.message);
			return fail(503, { message: m.login.serviceDown, values });
		}

		const { data: staff } = await locals.supabase
			.from('staff')
			.select('active')
			.eq('user_id', data.user.id)
			.maybeSingle();
		if (!staff?.active) {
			await locals.supabase.auth.signOut();
			return fail(403, { message: m.login.notActive, values });
		}
		redirect(303, safeRedirectPath(url.searchParams.get('redirectTo')) ?? '/');
	}
};
