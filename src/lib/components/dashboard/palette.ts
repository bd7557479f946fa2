import type { Database } from '$lib/types/database';

type Enums = Database['public']['Enums'];

/**
 * Colours of the dashboard's charts: the Okabe–Ito set, which readers with any common colour
 * vision deficiency can tell apart. Each meaning keeps its colour on every chart.
 */
export const CLASS_COLOURS: Record<Enums['taxon_class'], string> = {
	mammal: '#E69F00',
	bird: '#56B4E9',
	reptile: '#009E73',
	amphibian: '#CC79A7',
	fish: '#0072B2',
	invertebrate: '#D55E00'
};

export const STATUS_COLOURS: Record<Enums['animal_status'], string> = {
	in_care: '#009E73',
	released: '#56B4E9',
	transferred: '#0072B2',
	died: '#000000',
	euthanized: '#CC79A7',
	escaped: '#E69F00'
};

/** Head count and capacity; doses logged and still to give. */
export const PAIR_COLOURS = { filled: '#0072B2', room: '#BBBBBB' };
