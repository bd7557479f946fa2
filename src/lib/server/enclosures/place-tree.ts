import type { SupabaseClient } from '@supabase/supabase-js';
import type { NewPlace } from '$lib/schemas/enclosure';
import type { Database } from '$lib/types/database';

type Enums = Database['public']['Enums'];

/** One row of the place tree as lists show it, in tree order with its depth and path. */
export interface PlaceRow {
	id: string;
	parentId: string | null;
	kind: Enums['enclosure_kind'];
	name: string;
	path: string;
	depth: number;
	enclosureType: Enums['enclosure_type'] | null;
	capacity: number | null;
	suitsClasses: Enums['taxon_class'][];
	isQuarantine: boolean;
	active: boolean;
	/** Derived: individuals in care plus group lots' in-care counts; null for sites and areas. */
	headCount: number | null;
}

const PLACE_COLUMNS = 'id, parent_id, kind, name, enclosure_type, capacity, suits_classes, is_quarantine, active' as const;

/** A place as loadPlaces() selects it and animal_page() returns it, with its head count (enclosures only). */
export type PlaceColumns = Pick<
	Database['public']['Tables']['enclosures']['Row'],
	'id' | 'parent_id' | 'kind' | 'name' | 'enclosure_type' | 'capacity' | 'suits_classes' | 'is_quarantine' | 'active'
> & { head_count: number | null };

/** The centre's places (RLS: the caller's centre) with occupancy, sorted as a tree by name. */
export async function loadPlaces(supabase: SupabaseClient<Database>): Promise<PlaceRow[]> {
	const [places, occupancy] = await Promise.all([
		supabase.from('enclosures').select(PLACE_COLUMNS),
		supabase.from('enclosure_occupancy').select('enclosure_id, head_count')
	]);
	if (places.error) throw new Error(`loading places failed: ${places.error.message}`);
	if (occupancy.error) throw new Error(`loading occupancy failed: ${occupancy.error.message}`);
	const heads = new Map(occupancy.data.map((o) => [o.enclosure_id, o.head_count]));
	return placeTree(places.data.map((p) => ({ ...p, head_count: heads.get(p.id) ?? null })));
}

/** Places in tree order, siblings by name, each with its depth and path. */
export function placeTree(places: PlaceColumns[]): PlaceRow[] {
	const children = new Map<string | null, PlaceColumns[]>();
	for (const p of places) children.set(p.parent_id, [...(children.get(p.parent_id) ?? []), p]);
	const rows: PlaceRow[] = [];
	const walk = (parentId: string | null, depth: number, prefix: string) => {
		const level = (children.get(parentId) ?? []).sort((a, b) => a.name.localeCompare(b.name, undefined, { numeric: true }));
		for (const p of level) {
			const path = prefix ? `${prefix} › ${p.name}` : p.name;
			rows.push({
				id: p.id,
				parentId: p.parent_id,
				kind: p.kind,
				name: p.name,
				path,
				depth,
				enclosureType: p.enclosure_type,
				capacity: p.capacity,
				suitsClasses: p.suits_classes,
				isQuarantine: p.is_quarantine,
				active: p.active,
				headCount: p.kind === 'enclosure' ? (p.head_count ?? 0) : null
			});
			walk(p.id, depth + 1, path);
		}
	};
	walk(null, 0, '');
	return rows;
}

export type AddPlaceOutcome = { ok: true; id: string } | { ok: false; reason: 'name_taken' | 'parent_invalid' | 'forbidden' };

export async function addPlace(supabase: SupabaseClient<Database>, place: NewPlace): Promise<AddPlaceOutcome> {
	const { data, error } = await supabase
		.from('enclosures')
		.insert({
			kind: place.kind,
			parent_id: place.parentId,
			name: place.name,
			enclosure_type: place.enclosureType,
			capacity: place.capacity,
			suits_classes: place.suitsClasses,
			is_quarantine: place.isQuarantine,
			notes: place.notes
		})
		.select('id')
		.single();
	if (!error) return { ok: true, id: data.id };
	if (error.code === '23505') return { ok: false, reason: 'name_taken' };
	if (error.code === '23514' || error.code === '23503') return { ok: false, reason: 'parent_invalid' };
	if (error.code === '42501') return { ok: false, reason: 'forbidden' };
	throw new Error(`adding a place failed: ${error.code} ${error.message}`);
}
