import type { SupabaseClient } from '@supabase/supabase-js';
import type { Database } from '$lib/types/database';
import { loadPlaces, type PlaceRow } from './place-tree';

export interface EnclosureDetail {
	place: PlaceRow;
	animals: { code: string; scientificName: string }[];
	groups: { lotId: string; caseId: string; caseNumber: string; scientificName: string; inCare: number }[];
	moves: {
		id: string;
		movedAt: string;
		direction: 'in' | 'out';
		subject: { animalCode: string } | { lotId: string; caseId: string; scientificName: string };
		headCount: number;
		movedBy: string;
		overrides: string[];
		overrideReason: string | null;
	}[];
}

const MOVES_SHOWN = 50;

/** An enclosure with who is in it now and its latest moves; null when unknown or not the caller's centre. */
export async function loadEnclosureDetail(supabase: SupabaseClient<Database>, id: string): Promise<EnclosureDetail | null> {
	const places = await loadPlaces(supabase);
	const place = places.find((p) => p.id === id && p.kind === 'enclosure');
	if (!place) return null;
	const [animals, groups, moves] = await Promise.all([
		supabase.from('animals').select('code, species(scientific_name)').eq('enclosure_id', id).eq('status', 'in_care').order('code').limit(1000),
		supabase
			.from('lots')
			.select('id, case_id, in_care, species(scientific_name), seizure_cases(case_number)')
			.eq('enclosure_id', id)
			.gt('in_care', 0),
		supabase
			.from('enclosure_moves')
			.select('id, moved_at, to_enclosure_id, head_count, moved_by, overrides, override_reason, lot_id, case_id, animals(code), lots(species(scientific_name))')
			.or(`to_enclosure_id.eq.${id},from_enclosure_id.eq.${id}`)
			.order('moved_at', { ascending: false })
			.limit(MOVES_SHOWN)
	]);
	for (const r of [animals, groups, moves]) if (r.error) throw new Error(`loading enclosure ${id} failed: ${r.error.message}`);
	const moverIds = [...new Set((moves.data ?? []).map((mv) => mv.moved_by))];
	const { data: movers, error } = await supabase.from('staff').select('user_id, full_name').in('user_id', moverIds);
	if (error) throw new Error(`loading movers failed: ${error.message}`);
	const names = new Map(movers.map((s) => [s.user_id, s.full_name]));
	return {
		place,
		animals: (animals.data ?? []).map((a) => ({ code: a.code, scientificName: a.species?.scientific_name ?? '' })),
		groups: (groups.data ?? []).map((l) => ({
			lotId: l.id,
			caseId: l.case_id,
			caseNumber: l.seizure_cases?.case_number ?? '',
			scientificName: l.species?.scientific_name ?? '',
			inCare: l.in_care
		})),
		moves: (moves.data ?? []).map((mv) => ({
			id: mv.id,
			movedAt: mv.moved_at,
			direction: mv.to_enclosure_id === id ? 'in' : 'out',
			subject: mv.animals
				? { animalCode: mv.animals.code }
				: { lotId: mv.lot_id ?? '', caseId: mv.case_id, scientificName: mv.lots?.species?.scientific_name ?? '' },
			headCount: mv.head_count,
			movedBy: names.get(mv.moved_by) ?? '',
			overrides: mv.overrides,
			overrideReason: mv.override_reason
		}))
	};
}
