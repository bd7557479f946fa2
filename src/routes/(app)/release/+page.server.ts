import { pageNumberSchema } from '$lib/schemas/page-number';
import { requireRole } from '$lib/server/guards';
import { openAssessment } from '$lib/server/release/board-open-assessment';
import { BOARD_READERS, loadReleaseBoard, RELEASE_RECORDERS } from '$lib/server/release/board-data';
import type { Actions, PageServerLoad } from './$types';

/** The release planning board: one database call (release_board) for every column and a page of candidates. */
export const load: PageServerLoad = async ({ locals, url }) => {
	const staff = await requireRole(locals, ...BOARD_READERS);
	const board = await loadReleaseBoard(locals.supabase, pageNumberSchema.parse(url.searchParams.get('page')));
	return { board, mayRecord: (RELEASE_RECORDERS as readonly string[]).includes(staff.role) };
};

export const actions: Actions = {
	openAssessment
};
