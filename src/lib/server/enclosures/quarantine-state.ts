import type { SupabaseClient } from '@supabase/supabase-js';
import type { Database } from '$lib/types/database';

/** The quarantine that applies to an animal or a lot, as its page shows it. */
export interface QuarantineState {
	id: string;
	/** 'lot' when an animal is still under the quarantine its lot began before it was split out. */
	heldAs: 'animal' | 'lot';
	startedAt: string;
	requiredDays: number;
	testsRequired: string[];
	clearedAt: string | null;
	clearedByName: string | null;
	testsDone: string[] | null;
	clearanceNotes: string | null;
	earlyReason: string | null;
}

const COLUMNS =
	'id, animal_id, lot_id, started_at, required_days, tests_required, cleared_at, tests_done, clearance_notes, early_clearance_reason, cleared_by' as const;

/**
 * The latest quarantine of an animal (its own, else the one its lot began before the animal had
 * its own record: move_to_enclosure() uses the same rule) or of a lot. Null when never quarantined.
 */
export async function loadQuarantine(
	supabase: SupabaseClient<Database>,
	subject: { animalId: string; lotId: string; since: string } | { lotId: string }
): Promise<QuarantineState | null> {
	let query = supabase.from('quarantines').select(COLUMNS);
	query =
		'animalId' in subject
			? query.or(`animal_id.eq.${subject.animalId},and(lot_id.eq.${subject.lotId},started_at.lte."${subject.since}")`)
			: query.eq('lot_id', subject.lotId);
	const { data, error } = await query.order('started_at', { ascending: false }).order('animal_id', { nullsFirst: false }).limit(1);
	if (error) throw new Error(`loading the quarantine failed: ${error.message}`);
	const q = data[0];
	if (!q) return null;
	let clearedByName: string | null = null;
	if (q.cleared_by) {
		const { data: staff } = await supabase.from('staff').select('full_name').eq('user_id', q.cleared_by).maybeSingle();
		clearedByName = staff?.full_name ?? null;
	}
	return quarantineState({ ...q, cleared_by_name: clearedByName });
}

/** A quarantine as loadQuarantine() selects it and animal_page() returns it, with who cleared it. */
export type QuarantineRow = Pick<
	Database['public']['Tables']['quarantines']['Row'],
	| 'id'
	| 'animal_id'
	| 'started_at'
	| 'required_days'
	| 'tests_required'
	| 'cleared_at'
	| 'tests_done'
	| 'clearance_notes'
	| 'early_clearance_reason'
> & { cleared_by_name: string | null };

export function quarantineState(q: QuarantineRow): QuarantineState {
	return {
		id: q.id,
		heldAs: q.animal_id ? 'animal' : 'lot',
		startedAt: q.started_at,
		requiredDays: q.required_days,
		testsRequired: q.tests_required,
		clearedAt: q.cleared_at,
		clearedByName: q.cleared_by_name,
		testsDone: q.tests_done,
		clearanceNotes: q.clearance_notes,
		earlyReason: q.early_clearance_reason
	};
}
