import type { SupabaseClient } from '@supabase/supabase-js';
import type { StaffRole } from '$lib/roles';
import type { DispositionKind } from '$lib/schemas/disposition';
import type { Database } from '$lib/types/database';

/** One recorded end of custody, as the summaries and the lot's list show it. */
export interface DispositionView {
	id: string;
	kind: DispositionKind;
	count: number | null;
	occurredAt: string;
	place: string;
	foundDead: boolean | null;
	cause: string | null;
	reason: string | null;
	method: string | null;
	authorisedBy: string | null;
	holdConsentReference: string | null;
	receivingOrganisation: string | null;
	permitNumber: string | null;
	receivedByName: string | null;
	receivedByIdNumber: string | null;
	notes: string | null;
	recordedBy: string;
	recordedAt: string;
}

const COLUMNS =
	'id, kind, head_count, occurred_at, place, found_dead, cause, reason, method, hold_consent_reference, receiving_organisation, permit_number, received_by_name, received_by_id_number, notes, recorded_at, recorder:staff!dispositions_recorded_by_fkey(full_name), authoriser:staff!dispositions_authorised_by_fkey(full_name)';

/** The dispositions of one animal, lot or item, latest first, read with the caller's RLS. */
export async function loadDispositions(
	supabase: SupabaseClient<Database>,
	subject: { animalId: string } | { lotId: string } | { itemId: string }
): Promise<DispositionView[]> {
	const [column, id] =
		'animalId' in subject ? ['animal_id', subject.animalId] : 'lotId' in subject ? ['lot_id', subject.lotId] : ['item_id', subject.itemId];
	const { data, error } = await supabase
		.from('dispositions')
		.select(COLUMNS)
		.eq(column, id)
		.order('occurred_at', { ascending: false })
		.order('recorded_at', { ascending: false })
		.limit(500);
	if (error) throw new Error(`loading the dispositions of ${column} ${id} failed: ${error.code} ${error.message}`);
	return data.map((d) => ({
		id: d.id,
		kind: d.kind,
		count: d.head_count,
		occurredAt: d.occurred_at,
		place: d.place,
		foundDead: d.found_dead,
		cause: d.cause,
		reason: d.reason,
		method: d.method,
		authorisedBy: d.authoriser?.full_name ?? null,
		holdConsentReference: d.hold_consent_reference,
		receivingOrganisation: d.receiving_organisation,
		permitNumber: d.permit_number,
		receivedByName: d.received_by_name,
		receivedByIdNumber: d.received_by_id_number,
		notes: d.notes,
		recordedBy: d.recorder?.full_name ?? '',
		recordedAt: d.recorded_at
	}));
}

/** Whether the case has an evidence hold in force (case_on_hold(), which every role may ask). */
export async function caseOnHold(supabase: SupabaseClient<Database>, caseId: string): Promise<boolean> {
	const { data, error } = await supabase.rpc('case_on_hold', { p_case_id: caseId });
	if (error) throw new Error(`asking whether case ${caseId} is on hold failed: ${error.code} ${error.message}`);
	return data === true;
}

/** The centre's active staff of `roles` who may authorise a euthanasia or destruction: the signed-in one first. */
export async function loadAuthorisers(
	supabase: SupabaseClient<Database>,
	{ centreId, userId }: { centreId: string; userId: string },
	roles: StaffRole[]
): Promise<{ id: string; name: string }[]> {
	const { data, error } = await supabase
		.from('staff')
		.select('user_id, full_name')
		.eq('centre_id', centreId)
		.eq('active', true)
		.in('role', roles)
		.order('full_name');
	if (error) throw new Error(`loading who may authorise failed: ${error.code} ${error.message}`);
	return data.map((s) => ({ id: s.user_id, name: s.full_name })).sort((a, b) => Number(b.id === userId) - Number(a.id === userId));
}
