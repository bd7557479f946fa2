import type { SupabaseClient } from '@supabase/supabase-js';
import type { Database } from '$lib/types/database';
import { caseRecords, fetchCasePage, type CaseRecords } from './case-detail';
import { eventView, type CustodyEventView } from './custody-timeline';
import { signedPhotoViews, type PhotoView } from './photo-records';

export interface CasePage {
	records: CaseRecords;
	/** One page of the custody ledger; total is the last position (an intact chain has no gaps). */
	timeline: { events: CustodyEventView[]; total: number };
	photos: PhotoView[];
}

/**
 * The case page's data in one database call (case_page()) plus, when there are photos, one call
 * to sign their URLs: each API request costs ~7 ms on the embedded stack. Null when the case is
 * unknown or RLS hides it.
 */
export async function loadCasePage(
	supabase: SupabaseClient<Database>,
	caseId: string,
	{ page, pageSize }: { page: number; pageSize: number }
): Promise<CasePage | null> {
	const rows = await fetchCasePage(supabase, caseId, (page - 1) * pageSize + 1, pageSize);
	if (!rows) return null;
	return {
		records: caseRecords(rows),
		timeline: {
			events: rows.events.map((e) => eventView(e, e.animal_code, e.recorder_name ?? '')),
			total: rows.last_position
		},
		photos: await signedPhotoViews(supabase, caseId, rows.photos)
	};
}
