import type { SupabaseClient } from '@supabase/supabase-js';
import type { Database } from '$lib/types/database';

type Enums = Database['public']['Enums'];

export interface CustodyParty {
	name: string;
	agency: string;
	idNumber: string | null;
}

/** One entry of the custody ledger as pages and the API show it; rowHash/prevHash let anyone re-check the chain. */
export interface CustodyEventView {
	id: string;
	position: number;
	subject: Enums['custody_subject'];
	lotId: string | null;
	animalId: string | null;
	animalCode: string | null;
	itemId: string | null;
	eventType: Enums['custody_event_type'];
	occurredAt: string;
	place: string;
	/** Null when nobody handed over (e.g. the seizure itself). */
	from: CustodyParty | null;
	to: CustodyParty;
	purpose: string | null;
	sealsApplied: string[];
	sealsBroken: string[];
	photoIds: string[];
	photoSha256: string[];
	notes: string | null;
	correctsEventId: string | null;
	correctionReason: string | null;
	/** How many animals a lot's disposition (death, escape, transfer…) stands for; null on other events. */
	headCount: number | null;
	/** name is '' only if the recorder's staff row were unreadable, which RLS allows for no staff member. */
	recordedBy: { id: string; name: string };
	recordedAt: string;
	rowHash: string;
	prevHash: string;
}

// The animal's code and the recorder's name come embedded, so a page of events is one round trip.
// No embeds: PostgREST's embedding of animals (with their RLS) and staff cost ~60 ms per page on
// PGlite; two lookups by id for the page's few rows cost a few ms each.
const EVENT_COLUMNS =
	'id, position, subject, lot_id, animal_id, item_id, event_type, occurred_at, place, from_name, from_agency, from_id_number, to_name, to_agency, to_id_number, purpose, seals_applied, seals_broken, photo_ids, photo_sha256, notes, corrects_event_id, correction_reason, recorded_by, recorded_at, row_hash, prev_hash, head_count' as const;

export type EventRow = Omit<Database['public']['Tables']['custody_events']['Row'], 'case_id' | 'custody_event_canonical' | 'disposition_head_count'>;

/** What concerns one animal: the case-level events, its lot's and its own, in chain order. */
export async function loadAnimalTimeline(
	supabase: SupabaseClient<Database>,
	animal: { id: string; caseId: string; lotId: string }
): Promise<CustodyEventView[]> {
	const { data, error } = await supabase
		.from('custody_events')
		.select(EVENT_COLUMNS)
		.eq('case_id', animal.caseId)
		.or(`subject.eq.case,lot_id.eq.${animal.lotId},animal_id.eq.${animal.id}`)
		.order('position');
	if (error) throw new Error(`loading the custody timeline of animal ${animal.id} failed: ${error.code} ${error.message}`);
	return withNames(supabase, data ?? []);
}

/** The animal codes and recorder names the rows refer to, looked up once for all of them. */
async function withNames(supabase: SupabaseClient<Database>, rows: EventRow[]): Promise<CustodyEventView[]> {
	const animalIds = [...new Set(rows.flatMap((r) => (r.animal_id ? [r.animal_id] : [])))];
	const recorderIds = [...new Set(rows.map((r) => r.recorded_by))];
	const [animals, recorders] = await Promise.all([
		animalIds.length ? supabase.from('animals').select('id, code').in('id', animalIds) : Promise.resolve({ data: [], error: null }),
		recorderIds.length ? supabase.from('staff').select('user_id, full_name').in('user_id', recorderIds) : Promise.resolve({ data: [], error: null })
	]);
	for (const res of [animals, recorders]) {
		if (res.error) throw new Error(`loading names for the custody timeline failed: ${res.error.code} ${res.error.message}`);
	}
	const codes = new Map((animals.data ?? []).map((a) => [a.id, a.code]));
	const names = new Map((recorders.data ?? []).map((r) => [r.user_id, r.full_name]));
	return rows.map((e) => eventView(e, codes.get(e.animal_id ?? '') ?? null, names.get(e.recorded_by) ?? ''));
}

export function eventView(e: EventRow, animalCode: string | null, recorderName: string): CustodyEventView {
	return {
		id: e.id,
		position: e.position,
		subject: e.subject,
		lotId: e.lot_id,
		animalId: e.animal_id,
		animalCode,
		itemId: e.item_id,
		eventType: e.event_type,
		occurredAt: e.occurred_at,
		place: e.place,
		from: e.from_name && e.from_agency ? { name: e.from_name, agency: e.from_agency, idNumber: e.from_id_number } : null,
		to: { name: e.to_name, agency: e.to_agency, idNumber: e.to_id_number },
		purpose: e.purpose,
		sealsApplied: e.seals_applied,
		sealsBroken: e.seals_broken,
		photoIds: e.photo_ids,
		photoSha256: e.photo_sha256,
		notes: e.notes,
		correctsEventId: e.corrects_event_id,
		correctionReason: e.correction_reason,
		headCount: e.head_count ?? null,
		recordedBy: { id: e.recorded_by, name: recorderName },
		recordedAt: e.recorded_at,
		rowHash: e.row_hash,
		prevHash: e.prev_hash
	};
}
