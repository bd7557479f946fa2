import type { SupabaseClient } from '@supabase/supabase-js';
import type { Database } from '$lib/types/database';
import { isUuid } from './species-ref';

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
	/** name is '' only if the recorder's staff row were unreadable, which RLS allows for no staff member. */
	recordedBy: { id: string; name: string };
	recordedAt: string;
	rowHash: string;
	prevHash: string;
}

// The animal's code and the recorder's name come embedded, so a page of events is one round trip.
const EVENT_COLUMNS =
	'id, position, subject, lot_id, animal_id, item_id, event_type, occurred_at, place, from_name, from_agency, from_id_number, to_name, to_agency, to_id_number, purpose, seals_applied, seals_broken, photo_ids, photo_sha256, notes, corrects_event_id, correction_reason, recorded_by, recorded_at, row_hash, prev_hash, animal:animals!custody_events_animal_id_case_id_fkey(code), recorder:staff!custody_events_recorded_by_fkey(full_name)' as const;

/** A case's ledger in chain order, one page at a time (a 5,000-animal case has over 5,000 events). */
export async function loadCaseTimeline(
	supabase: SupabaseClient<Database>,
	caseId: string,
	{ page, pageSize }: { page: number; pageSize: number }
): Promise<{ events: CustodyEventView[]; total: number }> {
	if (!isUuid(caseId)) return { events: [], total: 0 };
	const from = Math.max(0, (page - 1) * pageSize);
	const { data, count, error } = await supabase
		.from('custody_events')
		.select(EVENT_COLUMNS, { count: 'exact' })
		.eq('case_id', caseId)
		.order('position')
		.range(from, from + pageSize - 1);
	// PostgREST answers 416 (PGRST103) for a page past the end, without the total: count apart.
	if (error?.code === 'PGRST103') return { events: [], total: await countEvents(supabase, caseId) };
	if (error) throw new Error(`loading the custody timeline of case ${caseId} failed: ${error.code} ${error.message}`);
	return { events: (data ?? []).map(eventView), total: count ?? 0 };
}

async function countEvents(supabase: SupabaseClient<Database>, caseId: string): Promise<number> {
	const { count, error } = await supabase.from('custody_events').select('id', { count: 'exact', head: true }).eq('case_id', caseId);
	if (error) throw new Error(`counting the custody events of case ${caseId} failed: ${error.code} ${error.message}`);
	return count ?? 0;
}

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
	return (data ?? []).map(eventView);
}

type EventRow = Omit<Database['public']['Tables']['custody_events']['Row'], 'case_id' | 'custody_event_canonical'> & {
	animal: { code: string } | null;
	recorder: { full_name: string } | null;
};

function eventView(e: EventRow): CustodyEventView {
	return {
		id: e.id,
		position: e.position,
		subject: e.subject,
		lotId: e.lot_id,
		animalId: e.animal_id,
		animalCode: e.animal?.code ?? null,
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
		recordedBy: { id: e.recorded_by, name: e.recorder?.full_name ?? '' },
		recordedAt: e.recorded_at,
		rowHash: e.row_hash,
		prevHash: e.prev_hash
	};
}
