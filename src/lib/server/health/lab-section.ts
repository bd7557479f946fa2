import type { SupabaseClient } from '@supabase/supabase-js';
import type { StaffMember } from '$lib/server/session';
import type { Database } from '$lib/types/database';
import { loadLabResults } from './lab-data';
import { loadNecropsy, loadVets } from './necropsy-action';

/**
 * What the health page shows of lab results and the necropsy, in one call so the page's load
 * stays short. `?correct=<id>` opens the lab form as a correction of that (current) result: a
 * link, so correcting works without JavaScript too.
 */
export async function loadLabSection(
	supabase: SupabaseClient<Database>,
	animal: { id: string; status: Database['public']['Enums']['animal_status'] },
	staff: StaffMember,
	url: URL
) {
	// A necropsy follows a death or a euthanasia recorded on the animal page (its status says so).
	const dead = animal.status === 'died' || animal.status === 'euthanized';
	const isVet = staff.role === 'vet';
	const [lab, necropsy, vets] = await Promise.all([
		loadLabResults(supabase, animal.id),
		dead ? loadNecropsy(supabase, animal.id) : null,
		dead && isVet ? loadVets(supabase, staff.centreId, staff.userId) : []
	]);
	const correctId = url.searchParams.get('correct');
	return {
		lab,
		necropsy,
		vets,
		dead,
		correcting: (isVet && lab.current.find((r) => r.id === correctId)) || null
	};
}
