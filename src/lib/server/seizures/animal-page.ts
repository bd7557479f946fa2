import type { SupabaseClient } from '@supabase/supabase-js';
import { placeTree, type PlaceColumns, type PlaceRow } from '$lib/server/enclosures/place-tree';
import { quarantineState, type QuarantineRow, type QuarantineState } from '$lib/server/enclosures/quarantine-state';
import { dietPlans, type DietPlanColumns, type DietPlans } from '$lib/server/feeding/diet-plans';
import { feedingLogRow, type FeedingLogColumns, type FeedingLogRow } from '$lib/server/feeding/latest-feedings';
import type { Database } from '$lib/types/database';
import { animalDetail, printedAnimalCode, type AnimalDetail, type AnimalRow } from './animal-detail';
import { eventView, type CustodyEventView, type EventRow } from './custody-timeline';
import { signedPhotoViews, type PhotoView, type RecordRow } from './photo-records';

/**
 * What animal_page() returns (supabase/migrations/20261123220400_create_animal_page.sql): each
 * part with the columns its per-part loader selects, so both share one mapper. The care parts are
 * null for a caller who may not read care records (a prosecutor).
 */
interface AnimalPageRows {
	animal: AnimalRow;
	events: (EventRow & { animal_code: string | null; recorder_name: string | null })[];
	photos: (RecordRow & { uploader_name: string | null })[];
	places: PlaceColumns[] | null;
	quarantine: QuarantineRow | null;
	diet_plans: DietPlanColumns[] | null;
	feedings: FeedingLogColumns[] | null;
}

export interface AnimalPage {
	animal: AnimalDetail;
	/** The case-level events, its lot's and its own, in chain order. */
	timeline: CustodyEventView[];
	photos: PhotoView[];
	/** The centre's place tree; empty for a prosecutor. */
	places: PlaceRow[];
	/** Null when never quarantined, and for a prosecutor. */
	quarantine: QuarantineState | null;
	/** Null for a prosecutor, who is shown no diet. */
	dietPlans: DietPlans | null;
	/** Latest first; empty for a prosecutor. */
	feedings: FeedingLogRow[];
}

/**
 * The animal page's data in one database call (animal_page()) plus, when it has photos, one call
 * to sign their URLs: each API request costs ~8-10 ms on the embedded stack and the page needed
 * eleven. Null when no such animal, the code cannot be one, or RLS hides it.
 */
export async function loadAnimalPage(supabase: SupabaseClient<Database>, code: string): Promise<AnimalPage | null> {
	const wanted = printedAnimalCode(code);
	if (!wanted) return null;
	const { data, error } = await supabase.rpc('animal_page', { p_code: wanted });
	if (error) throw new Error(`loading the page of animal ${wanted} failed: ${error.code} ${error.message}`);
	// The function's output is typed by the tables it reads; the generated types only say Json.
	const rows = data as unknown as AnimalPageRows | null;
	if (!rows) return null;
	const animal = animalDetail(rows.animal);
	return {
		animal,
		timeline: rows.events.map((e) => eventView(e, e.animal_code, e.recorder_name ?? '')),
		photos: await signedPhotoViews(supabase, animal.caseId, rows.photos),
		places: rows.places ? placeTree(rows.places) : [],
		quarantine: rows.quarantine && quarantineState(rows.quarantine),
		dietPlans: rows.diet_plans && dietPlans(rows.diet_plans),
		feedings: rows.feedings?.map(feedingLogRow) ?? []
	};
}
