import type { SupabaseClient } from '@supabase/supabase-js';
import { isoToLocalInput } from '$lib/domain/centre-time';
import type { AnimalDispositionKind } from '$lib/schemas/disposition';
import type { StaffMember } from '$lib/server/session';
import type { Database } from '$lib/types/database';
import { animalKindsFor } from './disposition-roles';
import { caseOnHold, loadAuthorisers, loadDispositions, type DispositionView } from './dispositions-data';

/** What the "End of custody" form of an animal or a lot needs; null for a role that may record none. */
export interface DispositionForm {
	/** The endings the signed-in role may record, in order. */
	kinds: AnimalDispositionKind[];
	/** The one opened with `?end=<kind>` (a link, so choosing works without JavaScript). */
	chosen: AnimalDispositionKind | null;
	onHold: boolean;
	/** Active vets of the centre, for "authorised by"; only loaded for a euthanasia. */
	vets: { id: string; name: string }[];
	/** Sent back as p_client_key: a resent form records nothing twice. */
	clientKey: string;
	now: string;
}

/** The counts a lot's reconciliation adds up: received = in care + split out + every outcome. */
export type LotCounts = Pick<
	Database['public']['Tables']['lots']['Row'],
	'count_received' | 'in_care' | 'split_out' | 'released' | 'transferred' | 'died' | 'euthanized' | 'escaped'
>;

async function dispositionForm(supabase: SupabaseClient<Database>, staff: StaffMember, caseId: string, url: URL): Promise<DispositionForm | null> {
	const kinds = animalKindsFor(staff.role);
	if (kinds.length === 0) return null;
	const chosen = kinds.find((kind) => kind === url.searchParams.get('end')) ?? null;
	const [onHold, vets] = await Promise.all([
		caseOnHold(supabase, caseId),
		chosen === 'euthanized' ? loadAuthorisers(supabase, staff, ['vet']) : []
	]);
	return { kinds, chosen, onHold, vets, clientKey: crypto.randomUUID(), now: isoToLocalInput(new Date().toISOString()) };
}

/** The animal page's section: the form while the animal is in care, else how its custody ended. */
export async function loadAnimalEndOfCustody(
	supabase: SupabaseClient<Database>,
	staff: StaffMember,
	animal: { id: string; caseId: string; status: Database['public']['Enums']['animal_status'] },
	url: URL
): Promise<{ disposition: DispositionView | null; form: DispositionForm | null }> {
	if (animal.status !== 'in_care') {
		const [disposition] = await loadDispositions(supabase, { animalId: animal.id });
		return { disposition: disposition ?? null, form: null };
	}
	return { disposition: null, form: await dispositionForm(supabase, staff, animal.caseId, url) };
}

/** The lot page's section: the lot's counts, its dispositions, and the form while some are in care as a group. */
export async function loadLotEndOfCustody(
	supabase: SupabaseClient<Database>,
	staff: StaffMember,
	lot: { id: string; caseId: string; inCare: number },
	url: URL
): Promise<{ counts: LotCounts; dispositions: DispositionView[]; form: DispositionForm | null }> {
	const [counts, dispositions, form] = await Promise.all([
		supabase
			.from('lots')
			.select('count_received, in_care, split_out, released, transferred, died, euthanized, escaped')
			.eq('id', lot.id)
			.single(),
		loadDispositions(supabase, { lotId: lot.id }),
		lot.inCare > 0 ? dispositionForm(supabase, staff, lot.caseId, url) : null
	]);
	if (counts.error) throw new Error(`reading the counts of lot ${lot.id} failed: ${counts.error.code} ${counts.error.message}`);
	return { counts: counts.data, dispositions, form };
}
