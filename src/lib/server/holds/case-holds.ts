import type { SupabaseClient } from '@supabase/supabase-js';
import type { Database } from '$lib/types/database';

/** A hold as placed: what the court will ask first is why, on whose authority, by whom and when. */
export interface PlacedHold {
	id: string;
	reason: string;
	courtReference: string | null;
	placedBy: string;
	placedAt: string;
}

export interface LiftedHold extends PlacedHold {
	liftedBy: string;
	liftedAt: string;
	liftCourtReference: string;
	liftNotes: string | null;
}

export interface CaseHolds {
	inForce: PlacedHold | null;
	/** Newest first. */
	lifted: LiftedHold[];
}

const COLUMNS =
	'id, reason, court_reference, placed_at, lifted_at, lift_court_reference, lift_notes, placer:staff!evidence_holds_placed_by_fkey(full_name), lifter:staff!evidence_holds_lifted_by_fkey(full_name)' as const;

/**
 * Every hold of a case, newest first, with the names of who placed and lifted it (any staff member
 * may read the staff list). RLS shows no hold of a case the caller cannot read. A case has a
 * handful of holds at most, so there is no paging.
 */
export async function loadCaseHolds(supabase: SupabaseClient<Database>, caseId: string): Promise<CaseHolds> {
	const { data, error } = await supabase.from('evidence_holds').select(COLUMNS).eq('case_id', caseId).order('placed_at', { ascending: false });
	if (error) throw new Error(`loading the evidence holds of case ${caseId} failed: ${error.code} ${error.message}`);
	const holds: CaseHolds = { inForce: null, lifted: [] };
	for (const row of data) {
		const placed: PlacedHold = {
			id: row.id,
			reason: row.reason,
			courtReference: row.court_reference,
			placedBy: row.placer?.full_name ?? '',
			placedAt: row.placed_at
		};
		// The database keeps lifted_at and lift_court_reference together (evidence_holds_lifted_together).
		if (row.lifted_at && row.lift_court_reference) {
			holds.lifted.push({
				...placed,
				liftedBy: row.lifter?.full_name ?? '',
				liftedAt: row.lifted_at,
				liftCourtReference: row.lift_court_reference,
				liftNotes: row.lift_notes
			});
		} else holds.inForce = placed;
	}
	return holds;
}
