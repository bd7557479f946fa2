import type { SupabaseClient } from '@supabase/supabase-js';
import type { CustodyEventInput } from '$lib/schemas/custody-event';
import type { Database } from '$lib/types/database';

type Client = SupabaseClient<Database>;

export interface RecordedCustodyEvent {
	id: string;
	caseId: string;
	position: number;
	rowHash: string;
	prevHash: string;
}

/** Why an event was refused; nothing was written in any case. */
export type CustodyRefusal =
	| { kind: 'subject_not_found' }
	| { kind: 'forbidden' }
	| { kind: 'invalid'; message: string };

type Subject = { case_id: string; lot_id?: string; animal_id?: string; item_id?: string };

/**
 * Appends one event to its case's ledger with the caller's client. The subject is looked up first
 * under RLS, so a subject the caller cannot read is "not found" (never "forbidden", which would
 * reveal it exists). The database fills position, hashes, recorder and subject kind.
 */
export async function recordCustodyEvent(
	supabase: Client,
	input: CustodyEventInput
): Promise<{ ok: true; event: RecordedCustodyEvent } | { ok: false; refusal: CustodyRefusal }> {
	const subject = await resolveSubject(supabase, input);
	if (!subject) return { ok: false, refusal: { kind: 'subject_not_found' } };
	const { data, error } = await supabase
		.from('custody_events')
		.insert({
			...subject,
			// Required by the generated insert type; the chain trigger replaces all four.
			subject: 'case',
			position: 0,
			prev_hash: '',
			row_hash: '',
			event_type: input.eventType,
			occurred_at: input.occurredAt,
			place: input.place,
			from_name: input.from?.name ?? null,
			from_agency: input.from?.agency ?? null,
			from_id_number: input.from?.idNumber ?? null,
			to_name: input.to.name,
			to_agency: input.to.agency,
			to_id_number: input.to.idNumber ?? null,
			purpose: input.purpose ?? null,
			seals_applied: input.sealsApplied,
			seals_broken: input.sealsBroken,
			photo_ids: input.photoIds,
			notes: input.notes ?? null,
			corrects_event_id: input.correctsEventId ?? null,
			correction_reason: input.correctionReason ?? null
		})
		.select('id, case_id, position, row_hash, prev_hash')
		.single();
	if (!error) {
		return {
			ok: true,
			event: { id: data.id, caseId: data.case_id, position: data.position, rowHash: data.row_hash, prevHash: data.prev_hash }
		};
	}
	switch (error.code) {
		case '42501':
			return { ok: false, refusal: { kind: 'forbidden' } };
		case '22023': // an event type that ends custody: only a disposition may record it
		case '23514': // a check constraint (lengths, handover parties, correction reason)
		case '23503': // a cited photo or corrected event of another case
		case '22P02':
		case '22007':
		case '22008':
			return { ok: false, refusal: { kind: 'invalid', message: error.message } };
		default:
			throw new Error(`recording a custody event failed: ${error.code} ${error.message}`);
	}
}

/** The case (and lot, animal or item id) the event is about, or null when the caller cannot read it. */
async function resolveSubject(supabase: Client, input: CustodyEventInput): Promise<Subject | null> {
	if (input.animalCode) {
		const { data, error } = await supabase.from('animals').select('id, case_id').eq('code', input.animalCode).maybeSingle();
		if (error) lookupFailed('animal', error);
		return data && { case_id: data.case_id, animal_id: data.id };
	}
	if (input.lotId) {
		const { data, error } = await supabase.from('lots').select('case_id').eq('id', input.lotId).maybeSingle();
		if (error) lookupFailed('lot', error);
		return data && { case_id: data.case_id, lot_id: input.lotId };
	}
	if (input.itemId) {
		const { data, error } = await supabase.from('evidence_items').select('case_id').eq('id', input.itemId).maybeSingle();
		if (error) lookupFailed('item', error);
		return data && { case_id: data.case_id, item_id: input.itemId };
	}
	if (input.caseId) {
		const { data, error } = await supabase.from('seizure_cases').select('id').eq('id', input.caseId).maybeSingle();
		if (error) lookupFailed('case', error);
		return data && { case_id: data.id };
	}
	return null;
}

function lookupFailed(what: string, error: { code: string; message: string }): never {
	throw new Error(`looking up the ${what} of a custody event failed: ${error.code} ${error.message}`);
}
