import type { SupabaseClient } from '@supabase/supabase-js';
import { z } from 'zod';
import type { Database } from '$lib/types/database';

type Client = SupabaseClient<Database>;
type QuantityUnit = Database['public']['Enums']['quantity_unit'];

export interface IntakeLot {
	id: string;
	scientificName: string;
	englishName: string;
	khmerName: string | null;
	count: number;
	/** Codes of the lot's individual animal records, in order; empty for a group record. */
	codes: string[];
}

/** What a seizure brought in: its result page and its label sheet are built from this. */
export interface IntakeSummary {
	caseId: string;
	caseNumber: string;
	centreName: string;
	lots: IntakeLot[];
	items: { id: string; description: string; quantity: number; unit: QuantityUnit }[];
}

// PostgREST answers at most max_rows (1000) rows per request; a big seizure has more animals.
const PAGE = 1000;

async function animalCodes(supabase: Client, caseId: string): Promise<{ code: string; lot_id: string }[]> {
	const all: { code: string; lot_id: string }[] = [];
	for (let from = 0; ; from += PAGE) {
		const { data, error } = await supabase.from('animals').select('code, lot_id').eq('case_id', caseId).order('code').range(from, from + PAGE - 1);
		if (error) throw new Error(`could not read the animals of case ${caseId}: ${error.message}`);
		all.push(...data);
		if (data.length < PAGE) return all;
	}
}

/**
 * The case's lots (with their animal codes) and items, read with the caller's rights: null when
 * the case does not exist or row-level security hides it, which the caller answers alike (404).
 */
export async function readIntakeSummary(supabase: Client, caseId: string): Promise<IntakeSummary | null> {
	if (!z.uuid().safeParse(caseId).success) return null;
	const { data: found, error } = await supabase.from('seizure_cases').select('id, case_number, centres(name)').eq('id', caseId).maybeSingle();
	if (error) throw new Error(`could not read case ${caseId}: ${error.message}`);
	if (!found) return null;

	const [lots, items, animals] = await Promise.all([
		supabase.from('lots').select('id, count_received, species(scientific_name, english_name, khmer_name)').eq('case_id', caseId),
		supabase.from('evidence_items').select('id, description, quantity, unit').eq('case_id', caseId).order('description'),
		animalCodes(supabase, caseId)
	]);
	if (lots.error) throw new Error(`could not read the lots of case ${caseId}: ${lots.error.message}`);
	if (items.error) throw new Error(`could not read the items of case ${caseId}: ${items.error.message}`);

	// Not Map.groupBy: the app still runs on Node 20.
	const codes = new Map<string, string[]>();
	for (const a of animals) {
		const lot = codes.get(a.lot_id);
		if (lot) lot.push(a.code);
		else codes.set(a.lot_id, [a.code]);
	}
	return {
		caseId,
		caseNumber: found.case_number,
		centreName: found.centres?.name ?? '',
		lots: lots.data
			.map((lot) => ({
				id: lot.id,
				scientificName: lot.species?.scientific_name ?? '',
				englishName: lot.species?.english_name ?? '',
				khmerName: lot.species?.khmer_name ?? null,
				count: lot.count_received,
				codes: codes.get(lot.id) ?? []
			}))
			// Lots of one seizure share their creation time; the species name gives a stable order.
			.sort((a, b) => a.scientificName.localeCompare(b.scientificName) || (a.codes[0] ?? '').localeCompare(b.codes[0] ?? '')),
		items: items.data.map((i) => ({ id: i.id, description: i.description, quantity: Number(i.quantity), unit: i.unit }))
	};
}
