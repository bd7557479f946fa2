import type { SupabaseClient } from '@supabase/supabase-js';
import { containsPattern, orFilterValue, seizedRange, type CaseSearch } from '$lib/schemas/case-search';
import type { Database } from '$lib/types/database';

export const CASES_PAGE_SIZE = 25;

export interface CaseListRow {
	id: string;
	caseNumber: string;
	seizedAt: string;
	place: string;
	agency: string;
	status: Database['public']['Enums']['case_status'];
	/** Animals received per species, most first: a case usually has a handful of lots. */
	species: { scientificName: string; count: number }[];
	totalAnimals: number;
	itemCount: number;
}

export interface CaseListPage {
	rows: CaseListRow[];
	total: number;
	page: number;
	pageCount: number;
}

const COLUMNS =
	'id, case_number, seized_at, location_description, agency, status, lots(count_received, species(scientific_name)), evidence_items(count)' as const;
// Extra embeds only to filter on: a case matches when one of its lots or items is of a matching
// species. They are apart from `lots(…)` above so that a row still shows all of its lots, and
// limited to one id each so they cost next to nothing when no species is asked for. (supabase-js
// cannot type empty embeds `lots()`, which PostgREST would also accept.)
const COLUMNS_WITH_SPECIES_MATCH = `${COLUMNS}, lot_match:lots(id), item_match:evidence_items(id)` as const;

/**
 * One page of the cases the caller may read (RLS: the centre's cases, or a prosecutor's granted
 * ones), newest seizure first, filtered as the search says.
 */
export async function searchCases(supabase: SupabaseClient<Database>, search: CaseSearch): Promise<CaseListPage> {
	const speciesIds = search.species ? await matchingSpeciesIds(supabase, search.species) : null;
	if (speciesIds?.length === 0) return { rows: [], total: 0, page: search.page, pageCount: 1 };

	const query = (head: boolean) => {
		let q = supabase
			.from('seizure_cases')
			.select(COLUMNS_WITH_SPECIES_MATCH, { count: 'exact', head })
			.limit(1, { referencedTable: 'lot_match' })
			.limit(1, { referencedTable: 'item_match' });
		if (search.number) q = q.ilike('case_number', containsPattern(search.number));
		if (search.agency) q = q.ilike('agency', containsPattern(search.agency));
		const { start, end } = seizedRange(search);
		if (start) q = q.gte('seized_at', start);
		if (end) q = q.lt('seized_at', end);
		if (speciesIds) {
			q = q
				.in('lot_match.species_id', speciesIds)
				.in('item_match.species_id', speciesIds)
				.or('lot_match.not.is.null,item_match.not.is.null');
		}
		return q;
	};

	const from = (search.page - 1) * CASES_PAGE_SIZE;
	const { data, count, error } = await query(false)
		.order('seized_at', { ascending: false })
		.order('id')
		.range(from, from + CASES_PAGE_SIZE - 1);
	// A page past the end (an old link) is not an error: PostgREST answers 416; count only.
	if (error?.code === 'PGRST103') {
		const counted = await query(true);
		if (counted.error) throw new Error(`could not count cases: ${counted.error.code} ${counted.error.message}`);
		return pageOf([], counted.count ?? 0, search.page);
	}
	if (error) throw new Error(`could not list cases: ${error.code} ${error.message}`);
	const rows = data.map(
		(c): CaseListRow => ({
			id: c.id,
			caseNumber: c.case_number,
			seizedAt: c.seized_at,
			place: c.location_description,
			agency: c.agency,
			status: c.status,
			species: speciesSummary(c.lots),
			totalAnimals: c.lots.reduce((sum, lot) => sum + lot.count_received, 0),
			itemCount: c.evidence_items[0]?.count ?? 0
		})
	);
	return pageOf(rows, count ?? rows.length, search.page);
}

function pageOf(rows: CaseListRow[], total: number, page: number): CaseListPage {
	return { rows, total, page, pageCount: Math.max(1, Math.ceil(total / CASES_PAGE_SIZE)) };
}

/** Species whose scientific, English or Khmer name contains the term (the list has tens of rows). */
async function matchingSpeciesIds(supabase: SupabaseClient<Database>, term: string): Promise<string[]> {
	const value = orFilterValue(containsPattern(term));
	const { data, error } = await supabase
		.from('species')
		.select('id')
		.or(`scientific_name.ilike.${value},english_name.ilike.${value},khmer_name.ilike.${value}`)
		.limit(500);
	if (error) throw new Error(`could not search species: ${error.code} ${error.message}`);
	return data.map((s) => s.id);
}

function speciesSummary(lots: { count_received: number; species: { scientific_name: string } }[]) {
	const counts = new Map<string, number>();
	for (const lot of lots) {
		const name = lot.species.scientific_name;
		counts.set(name, (counts.get(name) ?? 0) + lot.count_received);
	}
	return [...counts]
		.map(([scientificName, count]) => ({ scientificName, count }))
		.sort((a, b) => b.count - a.count || a.scientificName.localeCompare(b.scientificName));
}
