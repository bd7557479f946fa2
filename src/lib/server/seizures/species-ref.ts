import type { Database } from '$lib/types/database';

type Tables = Database['public']['Tables'];
type SpeciesRow = Tables['species']['Row'];

/** What every page and API answer shows of a species: names and its statuses with their doubt flags. */
export interface SpeciesRef {
	id: string;
	scientificName: string;
	englishName: string;
	khmerName: string | null;
	taxonClass: SpeciesRow['taxon_class'];
	iucnCategory: SpeciesRow['iucn_category'];
	iucnYear: number | null;
	/** A status in doubt must look doubtful wherever it is quoted (court, release decisions). */
	iucnUnconfirmed: boolean;
	citesAppendix: SpeciesRow['cites_appendix'];
	citesUnconfirmed: boolean;
}

/** The result of verify_custody_chain(): whether a case's ledger still matches its hashes. */
export interface ChainState {
	valid: boolean;
	events: number;
	/** Hash of the last good event (64 zeros for an empty chain): what the next event will link to. */
	head: string;
	firstBrokenEventId: string | null;
	firstBrokenPosition: number | null;
	problem: string | null;
}

/** The species columns to embed, e.g. `species(${SPECIES_COLUMNS})`; a literal so selects stay typed. */
export const SPECIES_COLUMNS =
	'id, scientific_name, english_name, khmer_name, taxon_class, iucn_category, iucn_year, iucn_unconfirmed, cites_appendix, cites_unconfirmed' as const;

export type SpeciesColumns = Pick<
	SpeciesRow,
	| 'id'
	| 'scientific_name'
	| 'english_name'
	| 'khmer_name'
	| 'taxon_class'
	| 'iucn_category'
	| 'iucn_year'
	| 'iucn_unconfirmed'
	| 'cites_appendix'
	| 'cites_unconfirmed'
>;

export function speciesRef(row: SpeciesColumns): SpeciesRef {
	return {
		id: row.id,
		scientificName: row.scientific_name,
		englishName: row.english_name,
		khmerName: row.khmer_name,
		taxonClass: row.taxon_class,
		iucnCategory: row.iucn_category,
		iucnYear: row.iucn_year,
		iucnUnconfirmed: row.iucn_unconfirmed,
		citesAppendix: row.cites_appendix,
		citesUnconfirmed: row.cites_unconfirmed
	};
}

type ChainRow = Database['public']['Functions']['verify_custody_chain']['Returns'][number];

export function chainState(row: ChainRow | undefined): ChainState {
	// The function always returns one row; none would mean it was replaced, which must not pass as valid.
	if (!row) throw new Error('verify_custody_chain returned no row');
	return {
		valid: row.valid,
		events: row.events,
		head: row.head,
		firstBrokenEventId: row.first_broken_event_id ?? null,
		firstBrokenPosition: row.first_broken_position ?? null,
		problem: row.problem ?? null
	};
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Postgres refuses a malformed uuid with an error; loaders treat it as "no such record" instead. */
export function isUuid(value: string): boolean {
	return UUID.test(value);
}
