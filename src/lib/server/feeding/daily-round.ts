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
export interface DailyRound {
	area: { id: string; name: string; path: string };
	day: string;
	enclosures: RoundEnclosure[];
	unplanned: { enclosureId: string; name: string; path: string }[];
}

/** A section's round today, in one database call; null when the section is unknown or not the caller's centre. */
export async function loadDailyRound(supabase: SupabaseClient<Database>, areaId: string): Promise<DailyRound | null> {
	const { data, error } = await supabase.rpc('daily_round', { p_area_id: areaId });
	if (error) throw new Error(`loading the round of ${areaId} failed: ${error.code} ${error.message}`);
	const round = data as unknown as Omit<DailyRound, 'area'> & { area: DailyRound['area'] | null };
	if (!round?.area) return null;
	for (const e of round.enclosures) for (const p of e.plans) for (const s of p.slots) s.clientKey = crypto.randomUUID();
	return round as DailyRound;
}
