import { redirect } from '@sveltejs/kit';
import { ROLE_DESK_PATHS } from '$lib/roles';
import type { PageServerLoad } from './$types';

/** `/` is nobody's desk: send each person to the page their role works from. */
export const load: PageServerLoad = async ({ parent }) => {
	const { staff } = await parent();
	redirect(303, ROLE_DESK_PATHS[staff.role]);
};
