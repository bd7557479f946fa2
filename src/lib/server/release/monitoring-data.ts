import type { SupabaseClient } from '@supabase/supabase-js';
import type { Database } from '$lib/types/database';
import { RELEASE_EVENT_SELECT, toReleaseEventView, type ReleaseEventView } from './release-event-data';

/** Who reads post-release monitoring and adds to it (the release_monitoring insert policy). */
export const MONITORING_ROLES = ['release_team', 'vet', 'admin'] as const;

/** Releases per page: each shows its animals, their entries and a form. */
export const RELEASES_PAGE_SIZE = 10;

export interface ReleasesPage {
	releases: ReleaseEventView[];
	page: number;
	pageCount: number;
	total: number;
}

/** A page of releases, newest first, with their animals and monitoring: one request. */
export async function loadReleasesPage(supabase: SupabaseClient<Database>, page: number): Promise<ReleasesPage> {
	const from = (page - 1) * RELEASES_PAGE_SIZE;
	const { data, error, count } = await supabase
		.from('release_events')
		.select(RELEASE_EVENT_SELECT, { count: 'exact' })
		.order('occurred_at', { ascending: false })
		.order('id')
		.range(from, from + RELEASES_PAGE_SIZE - 1);
	// PostgREST answers a range past the end with 416 (PGRST103): an empty page, not an error.
	if (error && error.code !== 'PGRST103') throw new Error(`loading the releases failed: ${error.code} ${error.message}`);
	const total = count ?? 0;
	return {
		releases: (data ?? []).map(toReleaseEventView),
		page,
		pageCount: Math.max(1, Math.ceil(total / RELEASES_PAGE_SIZE)),
		total
	};
}
