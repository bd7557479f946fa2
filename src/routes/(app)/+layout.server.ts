import { loginRedirect } from '$lib/server/guards';
import type { LayoutServerLoad } from './$types';

// hooks.server.ts guards every (app) request already; this keeps the layout safe on its own.
export const load: LayoutServerLoad = async ({ locals, url }) => {
	const { staff } = await locals.safeGetSession();
	if (!staff?.active) loginRedirect(url);
	return { staff };
};
