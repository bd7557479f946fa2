import type { SupabaseClient } from '@supabase/supabase-js';
import type { ValidationKey } from '$lib/i18n';
import type { SheetSubject } from '$lib/schemas/evidence-request';
import type { Database } from '$lib/types/database';

/** A subject found in its case: the id a sheet names, and the column a request stores it in. */
export type ResolvedSubject =
	| { ok: true; kind: SheetSubject['kind']; subjectId: string; columns: { lot_id: string | null; animal_id: string | null; item_id: string | null } }
	| { ok: false; field: string; key: ValidationKey };

/**
 * The lot, animal (by its code) or item of the form, if it belongs to the case, read with the
 * caller's own client: RLS shows a prosecutor only the cases granted to them, so a subject of
 * another case is "not in this case" whatever its id.
 */
export async function resolveSubject(supabase: SupabaseClient<Database>, caseId: string, subject: SheetSubject): Promise<ResolvedSubject> {
	const none = { lot_id: null, animal_id: null, item_id: null };
	const found = (id: string, column: keyof typeof none) => ({ ok: true as const, kind: subject.kind, subjectId: id, columns: { ...none, [column]: id } });
	const read = <T extends { id: string }>(what: string, answer: { data: T | null; error: { code: string; message: string } | null }): T | null => {
		if (answer.error) throw new Error(`finding the ${what} of a sheet failed: ${answer.error.code} ${answer.error.message}`);
		return answer.data;
	};
	switch (subject.kind) {
		case 'case':
			return { ok: true, kind: 'case', subjectId: caseId, columns: none };
		case 'lot': {
			const lot = read('lot', await supabase.from('lots').select('id').eq('id', subject.lotId).eq('case_id', caseId).maybeSingle());
			return lot ? found(lot.id, 'lot_id') : { ok: false, field: 'lotId', key: 'evidence_lot_not_in_case' };
		}
		case 'animal': {
			const animal = read('animal', await supabase.from('animals').select('id').eq('code', subject.animalCode).eq('case_id', caseId).maybeSingle());
			return animal ? found(animal.id, 'animal_id') : { ok: false, field: 'animalCode', key: 'evidence_animal_not_in_case' };
		}
		case 'item': {
			const item = read('item', await supabase.from('evidence_items').select('id').eq('id', subject.itemId).eq('case_id', caseId).maybeSingle());
			return item ? found(item.id, 'item_id') : { ok: false, field: 'itemId', key: 'evidence_item_not_in_case' };
		}
	}
}
