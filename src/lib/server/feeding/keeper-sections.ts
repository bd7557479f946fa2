import type { Cookies } from '@sveltejs/kit';
import type { SupabaseClient } from '@supabase/supabase-js';
import type { Database } from '$lib/types/database';
import { isUuid } from '$lib/server/seizures/species-ref';

/** The section a keeper last opened the round of: offered first on the desk next time. */
const SECTION_COOKIE = 'keeper_section';
const ONE_YEAR = 60 * 60 * 24 * 365;

export function rememberSection(cookies: Cookies, url: URL, areaId: string) {
	// Not secure-only on plain http, as the session cookies: a centre's LAN may have no TLS.
	cookies.set(SECTION_COOKIE, areaId, { path: '/', maxAge: ONE_YEAR, sameSite: 'lax', httpOnly: true, secure: url.protocol === 'https:' });
}

export function rememberedSection(cookies: Cookies): string | null {
	const id = cookies.get(SECTION_COOKIE) ?? '';
	return isUuid(id) ? id : null;
}

export interface KeeperSection {
	id: string;
	name: string;
	/** Site › area, as the enclosure list names places. */
	path: string;
}

/** The centre's areas (RLS: the caller's centre), in one query of the sites and areas alone. */
export async function loadKeeperSections(supabase: SupabaseClient<Database>): Promise<KeeperSection[]> {
	const { data, error } = await supabase.from('enclosures').select('id, parent_id, kind, name').in('kind', ['site', 'area']).eq('active', true);
	if (error) throw new Error(`loading the sections failed: ${error.code} ${error.message}`);
	const byId = new Map(data.map((p) => [p.id, p]));
	const pathOf = (id: string | null, depth = 0): string => {
		const p = id ? byId.get(id) : undefined;
		if (!p || depth > 20) return '';
		const above = pathOf(p.parent_id, depth + 1);
		return above ? `${above} › ${p.name}` : p.name;
	};
	return data
		.filter((p) => p.kind === 'area')
		.map((p) => ({ id: p.id, name: p.name, path: pathOf(p.id) }))
		.sort((a, b) => a.path.localeCompare(b.path, undefined, { numeric: true }));
}
