import type { SupabaseClient } from '@supabase/supabase-js';
import type { Database } from '$lib/types/database';
import { SPECIES_COLUMNS, speciesRef, type SpeciesColumns, type SpeciesRef } from './species-ref';

type Enums = Database['public']['Enums'];

export interface AnimalDetail {
	id: string;
	code: string;
	caseId: string;
	caseNumber: string;
	lotId: string;
	species: SpeciesRef;
	sex: Enums['animal_sex'];
	ageClass: Enums['age_class'];
	microchip: string | null;
	ring: string | null;
	tag: string | null;
	distinctiveMarks: string | null;
	status: Enums['animal_status'];
	notes: string | null;
	createdAt: string;
	/** Where it is now; null until first moved into an enclosure. */
	enclosureId: string | null;
}

const ANIMAL_CODE = /^[A-Z]{2,4}-\d{4}-\d{6,9}$/;

// animals has no foreign key to seizure_cases of its own (only (lot_id, case_id) to lots), so the
// case number is reached through the lot.
const ANIMAL_COLUMNS =
	`id, code, case_id, lot_id, sex, age_class, microchip, ring, tag, distinctive_marks, status, notes, created_at, enclosure_id, species(${SPECIES_COLUMNS}), lot:lots!animals_lot_id_case_id_fkey(seizure_cases(case_number))` as const;

/** An animal's columns as loadAnimalByCode() selects them and animal_page() returns them. */
export type AnimalRow = Pick<
	Database['public']['Tables']['animals']['Row'],
	'id' | 'code' | 'case_id' | 'lot_id' | 'sex' | 'age_class' | 'microchip' | 'ring' | 'tag' | 'distinctive_marks' | 'status' | 'notes' | 'created_at' | 'enclosure_id'
> & { species: SpeciesColumns; case_number: string | null | undefined };

/** A code as printed on labels (capitals), or null when it cannot be one. */
export function printedAnimalCode(code: string): string | null {
	const wanted = code.trim().toUpperCase();
	return ANIMAL_CODE.test(wanted) ? wanted : null;
}

/**
 * An animal by the code on its label, read with the caller's client: null when no such animal or
 * RLS hides its case. Codes are matched in capitals, as printed.
 */
export async function loadAnimalByCode(supabase: SupabaseClient<Database>, code: string): Promise<AnimalDetail | null> {
	const wanted = printedAnimalCode(code);
	if (!wanted) return null;
	const { data: a, error } = await supabase.from('animals').select(ANIMAL_COLUMNS).eq('code', wanted).maybeSingle();
	if (error) throw new Error(`loading animal ${wanted} failed: ${error.code} ${error.message}`);
	return a && animalDetail({ ...a, case_number: a.lot?.seizure_cases?.case_number });
}

export function animalDetail(a: AnimalRow): AnimalDetail {
	// The animal is readable only when its case is, so a missing case number is a broken join, not RLS.
	if (!a.case_number) throw new Error(`animal ${a.code} came without its case number`);
	return {
		id: a.id,
		code: a.code,
		caseId: a.case_id,
		caseNumber: a.case_number,
		lotId: a.lot_id,
		species: speciesRef(a.species),
		sex: a.sex,
		ageClass: a.age_class,
		microchip: a.microchip,
		ring: a.ring,
		tag: a.tag,
		distinctiveMarks: a.distinctive_marks,
		status: a.status,
		notes: a.notes,
		createdAt: a.created_at,
		enclosureId: a.enclosure_id
	};
}
