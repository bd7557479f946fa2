import type { SupabaseClient } from '@supabase/supabase-js';
import type { Database } from '$lib/types/database';

/** ActionData of `?/split` on the case page, for the form of lot `lotId`. */
export interface SplitResult {
	lotId: string;
	ok: boolean;
	message?: string;
	/** The first new animal codes (SHOWN_CODES at most); `more` counts the rest. */
	codes?: string[];
	more?: number;
}

/** Enough to check a label sheet against; the lot's list page has them all. */
export const SHOWN_CODES = 100;

export interface SplittableLot {
	id: string;
	caseId: string;
	speciesId: string;
	inCare: number;
}

/** The lot, if it belongs to the case and the caller may read it (RLS); null otherwise. */
export async function findLotOfCase(supabase: SupabaseClient<Database>, caseId: string, lotId: string): Promise<SplittableLot | null> {
	const { data, error } = await supabase
		.from('lots')
		.select('id, case_id, species_id, in_care')
		.eq('id', lotId)
		.eq('case_id', caseId)
		.maybeSingle();
	if (error) throw new Error(`reading lot ${lotId} failed: ${error.code} ${error.message}`);
	return data && { id: data.id, caseId: data.case_id, speciesId: data.species_id, inCare: data.in_care };
}

export type SplitOutcome = { ok: true; codes: string[] } | { ok: false; reason: 'too_many' | 'forbidden' };

/**
 * Gives `count` animals of the lot's group their own records: one insert of `count` rows, so all
 * or none. The database assigns the codes and its statement trigger moves the count from in_care
 * to split_out; the lot's checks refuse (23514) splitting more than the group holds.
 */
export async function splitOutOfLot(supabase: SupabaseClient<Database>, lot: SplittableLot, count: number): Promise<SplitOutcome> {
	// `code` is not null without a default: the insert trigger assigns it and replaces whatever is
	// sent, which the generated types cannot know. The empty placeholder never reaches a row.
	const rows = Array.from({ length: count }, () => ({ code: '', case_id: lot.caseId, lot_id: lot.id, species_id: lot.speciesId }));
	const { data, error } = await supabase.from('animals').insert(rows).select('code');
	if (!error) return { ok: true, codes: data.map((a) => a.code).sort() };
	if (error.code === '23514') return { ok: false, reason: 'too_many' };
	if (error.code === '42501') return { ok: false, reason: 'forbidden' };
	throw new Error(`splitting ${count} animals out of lot ${lot.id} failed: ${error.code} ${error.message}`);
}
