import type { SupabaseClient } from '@supabase/supabase-js';
import type { Database } from '$lib/types/database';
import { isUuid, SPECIES_COLUMNS, speciesRef, type SpeciesRef } from './species-ref';

type Enums = Database['public']['Enums'];

export const LOT_ANIMALS_PAGE_SIZE = 50;

export interface LotAnimalRow {
	code: string;
	sex: Enums['animal_sex'];
	ageClass: Enums['age_class'];
	status: Enums['animal_status'];
	/** Microchip, ring and tag, whichever were recorded. */
	identification: string[];
}

export interface LotAnimalPage {
	lot: {
		id: string;
		caseId: string;
		caseNumber: string;
		species: SpeciesRef;
		splitOut: number;
		/** The group record: animals in care without their own record, and where they are. */
		inCare: number;
		enclosureId: string | null;
	};
	rows: LotAnimalRow[];
	total: number;
	page: number;
	pageCount: number;
}

/**
 * One page of a lot's individual animals, oldest record first (the order their labels were
 * printed in). Null when the lot is not of that case or RLS hides it. A page past the end comes
 * back empty with the real page count, for the caller to redirect.
 */
export async function loadLotAnimals(
	supabase: SupabaseClient<Database>,
	caseId: string,
	lotId: string,
	page: number
): Promise<LotAnimalPage | null> {
	if (!isUuid(caseId) || !isUuid(lotId)) return null;
	const from = (page - 1) * LOT_ANIMALS_PAGE_SIZE;
	const [lotRes, animalsRes] = await Promise.all([
		supabase
			.from('lots')
			.select(`id, case_id, split_out, in_care, enclosure_id, species(${SPECIES_COLUMNS}), seizure_case:seizure_cases(case_number)`)
			.eq('id', lotId)
			.eq('case_id', caseId)
			.maybeSingle(),
		supabase
			.from('animals')
			.select('code, sex, age_class, status, microchip, ring, tag', { count: 'exact' })
			.eq('lot_id', lotId)
			.eq('case_id', caseId)
			.order('created_at')
			.order('code')
			.range(from, from + LOT_ANIMALS_PAGE_SIZE - 1)
	]);
	if (lotRes.error) throw new Error(`reading lot ${lotId} failed: ${lotRes.error.code} ${lotRes.error.message}`);
	const lot = lotRes.data;
	if (!lot) return null;
	// PostgREST answers 416 for a range past the end; split_out is the lot's record count anyway.
	const pastTheEnd = animalsRes.error?.code === 'PGRST103';
	if (animalsRes.error && !pastTheEnd) {
		throw new Error(`listing the animals of lot ${lotId} failed: ${animalsRes.error.code} ${animalsRes.error.message}`);
	}
	const total = pastTheEnd ? lot.split_out : (animalsRes.count ?? lot.split_out);
	return {
		lot: { id: lot.id, caseId: lot.case_id, caseNumber: lot.seizure_case.case_number, species: speciesRef(lot.species),
			splitOut: lot.split_out,
			inCare: lot.in_care,
			enclosureId: lot.enclosure_id
		},
		rows: (animalsRes.data ?? []).map((a) => ({
			code: a.code,
			sex: a.sex,
			ageClass: a.age_class,
			status: a.status,
			identification: [a.microchip, a.ring, a.tag].filter((v): v is string => Boolean(v))
		})),
		total,
		page,
		pageCount: Math.max(1, Math.ceil(total / LOT_ANIMALS_PAGE_SIZE))
	};
}
