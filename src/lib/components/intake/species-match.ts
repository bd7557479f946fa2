import type { Database } from '$lib/types/database';

type SpeciesRow = Database['public']['Tables']['species']['Row'];

/** What the intake form knows of a species: enough to find it by any of its names and recognise it. */
export type SpeciesOption = Pick<
	SpeciesRow,
	'id' | 'scientific_name' | 'english_name' | 'khmer_name' | 'taxon_class' | 'iucn_category' | 'cites_appendix'
>;

// Khmer can be typed in more than one code point order; NFC makes the same word compare equal.
const fold = (s: string) => s.normalize('NFC').trim().toLowerCase();
const names = (s: SpeciesOption) => [s.scientific_name, s.english_name, s.khmer_name ?? ''].map(fold);

/**
 * Species whose scientific, English or Khmer name contains the query (any letter case), those
 * with a word starting with it first: "ti" lists Panthera tigris before Cuora mouhotii.
 */
export function matchSpecies(species: SpeciesOption[], query: string): SpeciesOption[] {
	const q = fold(query);
	if (!q) return [];
	const found = species.filter((s) => names(s).some((n) => n.includes(q)));
	const starts = (s: SpeciesOption) => (names(s).some((n) => n.startsWith(q) || n.includes(` ${q}`)) ? 0 : 1);
	return found.sort((a, b) => starts(a) - starts(b));
}

/** The species whose scientific name this is, as the form posts it (any letter case). */
export function findSpecies(species: SpeciesOption[], value: string): SpeciesOption | undefined {
	const v = fold(value);
	return v ? species.find((s) => fold(s.scientific_name) === v) : undefined;
}
