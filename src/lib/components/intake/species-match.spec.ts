import { describe, expect, it } from 'vitest';
import { findSpecies, matchSpecies, type SpeciesOption } from './species-match';

const species = (scientific_name: string, english_name: string, khmer_name: string | null = null): SpeciesOption => ({
	id: scientific_name,
	scientific_name,
	english_name,
	khmer_name,
	taxon_class: 'mammal',
	iucn_category: null,
	cites_appendix: null
});
const list = [
	species('Manis javanica', 'Sunda pangolin', 'ពង្រូល'),
	species('Panthera tigris', 'Tiger'),
	species('Macaca fascicularis', 'Long-tailed macaque', 'ស្វាត្រោស')
];
const found = (q: string) => matchSpecies(list, q).map((s) => s.scientific_name);

describe('species autocomplete', () => {
	it('finds a species by part of its scientific, English or Khmer name, in any letter case', () => {
		expect(found('JAVAN')).toEqual(['Manis javanica']);
		expect(found('tailed')).toEqual(['Macaca fascicularis']);
		expect(found('ពង្រ')).toEqual(['Manis javanica']);
		expect(found('  ')).toEqual([]);
	});

	it('lists names with a word that starts with the query first', () => {
		const ranked = matchSpecies([species('Cuora mouhotii', 'Keeled box turtle'), species('Panthera tigris', 'Tiger')], 'ti');
		expect(ranked.map((s) => s.scientific_name)).toEqual(['Panthera tigris', 'Cuora mouhotii']);
	});

	it('recognises a chosen scientific name in any letter case', () => {
		expect(findSpecies(list, 'manis JAVANICA ')?.english_name).toBe('Sunda pangolin');
		expect(findSpecies(list, 'Sunda pangolin')).toBeUndefined();
	});
});
