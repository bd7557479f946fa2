import type { SupabaseClient } from '@supabase/supabase-js';
import type { FeedingOutcome } from '$lib/schemas/feeding-log';
import type { Database } from '$lib/types/database';

type Enums = Database['public']['Enums'];

export interface FeedingLogRow {
	id: number;
	fedOn: string;
	/** The slot's time of day in its plan, e.g. 07:00. */
	time: string;
	outcome: FeedingOutcome;
	behaviour: string | null;
	stool: Enums['stool_observation'] | null;
	enrichment: string | null;
	concerns: string | null;
	alertVets: boolean;
	loggedAt: string;
	loggedBy: string;
}

/** animal_page() shows as many. */
const SHOWN = 10;

/** A log as loadLatestFeedings() selects it and animal_page() returns it: its plan's times, who logged it. */
export type FeedingLogColumns = Pick<
	Database['public']['Tables']['feeding_logs']['Row'],
	'id' | 'fed_on' | 'slot' | 'outcome' | 'behaviour' | 'stool' | 'enrichment' | 'concerns' | 'alert_vets' | 'logged_at'
> & { feeding_times: string[] | null; logged_by_name: string | null };

/** An animal's latest feedings, newest first: the order of feeding_logs_animal_idx, two key lookups per row. */
export async function loadLatestFeedings(supabase: SupabaseClient<Database>, animalId: string): Promise<FeedingLogRow[]> {
	const { data, error } = await supabase
		.from('feeding_logs')
		.select('id, fed_on, slot, outcome, behaviour, stool, enrichment, concerns, alert_vets, logged_at, diet_plans(feeding_times), staff!feeding_logs_logged_by_fkey(full_name)')
		.eq('animal_id', animalId)
		.order('fed_on', { ascending: false })
		.order('id', { ascending: false })
		.limit(SHOWN);
	if (error) throw new Error(`loading the feedings of animal ${animalId} failed: ${error.code} ${error.message}`);
	return data.map(({ diet_plans, staff, ...f }) =>
		feedingLogRow({ ...f, feeding_times: diet_plans?.feeding_times ?? null, logged_by_name: staff?.full_name ?? null })
	);
}

export function feedingLogRow(f: FeedingLogColumns): FeedingLogRow {
	return {
		id: f.id,
		fedOn: f.fed_on,
		time: f.feeding_times?.[f.slot - 1]?.slice(0, 5) ?? '',
		outcome: f.outcome,
		behaviour: f.behaviour,
		stool: f.stool,
		enrichment: f.enrichment,
		concerns: f.concerns,
		alertVets: f.alert_vets,
		loggedAt: f.logged_at,
		loggedBy: f.logged_by_name ?? ''
	};
}
