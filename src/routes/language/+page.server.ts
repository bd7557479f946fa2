import { error, redirect } from '@sveltejs/kit';
import { messages } from '$lib/i18n';
import { LOCALE_COOKIE } from '$lib/i18n/locale';
import { languageSchema } from '$lib/schemas/language';
import { formObject } from '$lib/schemas/form-errors';
import { safeRedirectPath } from '$lib/server/guards';
import type { Actions, PageServerLoad } from './$types';

const ONE_YEAR = 60 * 60 * 24 * 365;

// Only the form posts here; a plain visit goes to the start page.
export const load: PageServerLoad = () => redirect(303, '/');

export const actions: Actions = {
	set: async ({ request, cookies, locals, url }) => {
		const parsed = languageSchema.safeParse(formObject(await request.formData()));
		if (!parsed.success) error(400, messages(locals.locale).validation.language_invalid);
		cookies.set(LOCALE_COOKIE, parsed.data.lang, {
			path: '/',
			maxAge: ONE_YEAR,
			sameSite: 'lax',
			httpOnly: true,
			// As the session cookies: a centre's plain-http LAN must keep the choice too.
			secure: url.protocol === 'https:'
		});
		// Back to the page the switch was on, never to another site.
		redirect(303, safeRedirectPath(parsed.data.redirectTo) ?? '/');
	}
};
