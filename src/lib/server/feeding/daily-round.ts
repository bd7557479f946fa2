import type { SupabaseClient } from '@supabase/supabase-js';
import type { DietItem } from '$lib/schemas/diet-plan';
import type { FeedingOutcome } from '$lib/schemas/feeding-log';
import type { Database } from '$lib/types/database';

/** Who reads the round (the feeding_logs read policy); prosecutors never. */
export const ROUND_READERS = ['keeper', 'vet', 'release_team', 'admin'] as const;

/** The shapes daily_round() builds (see 20261123220200_create_feeding_round.sql). */
interface SpeciesNames {
	species: string;
	speciesKm: string | null;
	scientific: string;
}
export interface RoundSlot {
	slot: number;
	time: string;
	outcome: FeedingOutcome | null;
	loggedAt: string | null;
	alertVets: boolean | null;
	concerns: string | null;
	/** Made here, once per render: the slot's form sends it, so a resent form logs nothing twice. */
	clientKey: string;
}
export interface RoundPlan {
	id: string;
	items: DietItem[];
	notes: string | null;
	everyNDays: number;
	animal: ({ id: string; code: string } & SpeciesNames) | null;
	lot: ({ id: string; inCare: number } & SpeciesNames) | null;
	slots: RoundSlot[];
}
export interface RoundEnclosure {
	id: string;
	name: string;
	path: string;
	plans: RoundPlan[];
}
/** A pen of the section with feedings due: the round's index, across every page. */
export interface RoundPen {
	id: string;
	name: string;
	page: number;
	feedings: number;
	logged: number;
}
export interface DailyRound {
	area: { id: string; name: string; path: string };
	day: string;
	page: number;
	pageCount: number;
	/** Feedings due and logged in the whole section, not only on this page. */
	progress: { logged: number; total: number };
	pens: RoundPen[];
	/** The pens of this page, with their plans. */
	enclosures: RoundEnclosure[];
	unplanned: { enclosureId: string; name: string; path: string }[];
}

/**
 * Plans on one page of the round: whole pens up to about this many (a 240-feeding section on one
 * page was ~450 KiB of HTML for a phone, and rendering it cost more than the queries behind it).
 */
export const ROUND_PAGE_SIZE = 40;

/**
 * One page of a section's round today, in one database call (a page past the last is the last);
 * null when the section is unknown or not the caller's centre.
 */
export async function loadDailyRound(supabase: SupabaseClient<Database>, areaId: string, page = 1): Promise<DailyRound | null> {
	const { data, error } = await supabase.rpc('daily_round', { p_area_id: areaId, p_page: page, p_page_size: ROUND_PAGE_SIZE });
	if (error) throw new Error(`loading the round of ${areaId} failed: ${error.code} ${error.message}`);
	const round = data as unknown as Omit<DailyRound, 'area'> & { area: DailyRound['area'] | null };
	if (!round?.area) return null;
	for (const e of round.enclosures) for (const p of e.plans) for (const s of p.slots) s.clientKey = crypto.randomUUID();
	return round as DailyRound;
}
