import type { SupabaseClient } from '@supabase/supabase-js';
import { MOVE_RULES, type EnclosureMove, type MoveRule } from '$lib/schemas/enclosure-move';
import type { Database } from '$lib/types/database';

export type MoveSubject = { animalId: string } | { lotId: string };

export type MoveOutcome =
	| { ok: true; quarantineStarted: boolean; overrides: MoveRule[] }
	| { ok: false; kind: 'override_required'; rules: MoveRule[]; headCount: number; capacity: number; moving: number }
	| { ok: false; kind: 'refused'; message: string }
	| { ok: false; kind: 'forbidden' | 'not_found' };

const overrideDetail = (detail: string | undefined) => {
	try {
		const d = JSON.parse(detail ?? '{}') as { rules?: string[]; headCount?: number; capacity?: number; moving?: number };
		return {
			rules: (d.rules ?? []).filter((r): r is MoveRule => (MOVE_RULES as readonly string[]).includes(r)),
			headCount: d.headCount ?? 0,
			capacity: d.capacity ?? 0,
			moving: d.moving ?? 0
		};
	} catch {
		return { rules: [], headCount: 0, capacity: 0, moving: 0 };
	}
};

/**
 * move_to_enclosure() with the caller's rights: the place, the custody event (moved) and the move
 * record in one transaction. A broken rule comes back as override_required with the rules named,
 * so the form can ask for the reason; nothing was written then.
 */
export async function moveToEnclosure(supabase: SupabaseClient<Database>, subject: MoveSubject, move: EnclosureMove): Promise<MoveOutcome> {
	// Generated types cannot say that a SQL argument may be null; the function wants exactly one.
	const { data, error } = await supabase.rpc('move_to_enclosure', {
		p_animal_id: ('animalId' in subject ? subject.animalId : null) as string,
		p_lot_id: ('lotId' in subject ? subject.lotId : null) as string,
		p_to_enclosure_id: move.enclosureId,
		p_override_reason: move.overrideReason ?? undefined
	});
	if (!error) {
		const result = data as { quarantineStarted: boolean; overrides: MoveRule[] };
		return { ok: true, quarantineStarted: result.quarantineStarted, overrides: result.overrides };
	}
	if (error.code === 'PT409' && error.hint === 'override_required') return { ok: false, kind: 'override_required', ...overrideDetail(error.details) };
	if (error.code === '42501') return { ok: false, kind: 'forbidden' };
	if (error.code === 'PT404') return { ok: false, kind: 'not_found' };
	if (error.code === '22023') return { ok: false, kind: 'refused', message: error.message };
	throw new Error(`moving failed: ${error.code} ${error.message}`);
}
