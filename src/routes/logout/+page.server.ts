import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';

// Signing out changes state, so it is a POST; a plain visit just goes back.
export const load: PageServerLoad = () => redirect(303, '/');

export const actions: Actions = {
	signOut: async ({ locals, cookies }) => {
		// Local scope: signing out on this phone must not end the same person's laptop session.
		const { error } = await locals.supabase.auth.signOut({ scope: 'local' });
		if (error) {
			// supabase-js keeps the session when the auth server fails; the user still expects out.
			console.error('sign-out failed, clearing the session cookies anyway:', error.message);
			for (const { name } of cookies.getAll()) if (name.startsWith('sb-')) cookies.delete(name, { path: '/' });
		}
		redirect(303, '/login');
	}
};
