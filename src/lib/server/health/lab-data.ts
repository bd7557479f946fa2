import type { SupabaseClient } from '@supabase/supabase-js';
import type { Database } from '$lib/types/database';

type Enums = Database['public']['Enums'];

export interface LabResultRow {
	id: string;
	testName: string;
	sampleType: Enums['lab_sample_type'];
	collectedAt: string;
	resultedAt: string;
	laboratory: string | null;
	value: number | null;
	unit: string | null;
	resultText: string | null;
	rangeLow: number | null;
	rangeHigh: number | null;
	flag: Enums['lab_flag'] | null;
	notes: string | null;
	necropsyId: string | null;
	recordedBy: string;
	recordedAt: string;
	/** Set on a correction: the entry it supersedes and why. */
	corrects: { recordedAt: string; reason: string } | null;
}

/** An entry a later row corrected: still shown, with the reason it was corrected. */
export interface SupersededLabResult extends LabResultRow {
	correctedBecause: string;
}

const COLUMNS =
	'id, test_name, sample_type, collected_at, resulted_at, laboratory, value_numeric, unit, value_text, range_low, range_high, flag, notes, necropsy_id, corrects_id, correction_reason, recorded_at, staff!lab_results_recorded_by_fkey(full_name)' as const;

/**
 * An animal's lab results, newest sample first, read with the caller's RLS (care staff; not
 * prosecutors). Split into the current ones and those a correction superseded.
 */
export async function loadLabResults(supabase: SupabaseClient<Database>, animalId: string) {
	const { data, error } = await supabase
		.from('lab_results')
		.select(COLUMNS)
		.eq('animal_id', animalId)
		.order('collected_at', { ascending: false })
		.order('recorded_at', { ascending: false })
		.limit(300);
	if (error) throw new Error(`loading lab results failed: ${error.code} ${error.message}`);
	const byId = new Map(data.map((r) => [r.id, r]));
	const correctedBy = new Map(data.filter((r) => r.corrects_id).map((r) => [r.corrects_id!, r]));
	const toRow = (r: (typeof data)[number]): LabResultRow => {
		const original = r.corrects_id ? byId.get(r.corrects_id) : undefined;
		return {
			id: r.id,
			testName: r.test_name,
			sampleType: r.sample_type,
			collectedAt: r.collected_at,
			resultedAt: r.resulted_at,
			laboratory: r.laboratory,
			value: r.value_numeric,
			unit: r.unit,
			resultText: r.value_text,
			rangeLow: r.range_low,
			rangeHigh: r.range_high,
			flag: r.flag,
			notes: r.notes,
			necropsyId: r.necropsy_id,
			recordedBy: r.staff?.full_name ?? '',
			recordedAt: r.recorded_at,
			corrects: r.corrects_id ? { recordedAt: original?.recorded_at ?? '', reason: r.correction_reason ?? '' } : null
		};
	};
	return {
		current: data.filter((r) => !correctedBy.has(r.id)).map(toRow),
		superseded: data
			.filter((r) => correctedBy.has(r.id))
			.map((r): SupersededLabResult => ({ ...toRow(r), correctedBecause: correctedBy.get(r.id)!.correction_reason ?? '' }))
	};
}

export type LabResults = Awaited<ReturnType<typeof loadLabResults>>;
