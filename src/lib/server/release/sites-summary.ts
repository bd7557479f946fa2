import type { SupabaseClient } from '@supabase/supabase-js';
import type { Database } from '$lib/types/database';
import type { BoardSpecies } from './board-columns';

/** A release site as release_sites_summary() builds it: name and place, releases, animals by species. */
export interface ReleaseSite {
	siteName: string;
	protectedArea: string | null;
	latitude: number;
	longitude: number;
	releases: number;
	animals: number;
	firstAt: string;
	lastAt: string;
	species: (BoardSpecies & { animals: number })[];
}

/** Every release site, latest release first: one database call. */
export async function loadReleaseSites(supabase: SupabaseClient<Database>): Promise<ReleaseSite[]> {
	const { data, error } = await supabase.rpc('release_sites_summary');
	if (error) throw new Error(`loading the release sites failed: ${error.code} ${error.message}`);
	return (data ?? []) as unknown as ReleaseSite[];
}
