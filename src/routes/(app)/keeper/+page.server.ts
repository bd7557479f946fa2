import { ROUND_READERS } from '$lib/server/feeding/daily-round';
import { loadKeeperSections, rememberedSection } from '$lib/server/feeding/keeper-sections';
import { requireRole } from '$lib/server/guards';
import type { PageServerLoad } from './$types';

/** The keeper's desk: the centre's sections, each with its feeding round; the last one opened first. */
export const load: PageServerLoad = async ({ locals, cookies }) => {
	await requireRole(locals, ...ROUND_READERS);
	const sections = await loadKeeperSections(locals.supabase);
	const lastId = rememberedSection(cookies);
	return { sections, last: sections.find((s) => s.id === lastId) ?? null };
};
