import type { SupabaseClient } from '@supabase/supabase-js';
import type { Database } from '$lib/types/database';
import { readPage, type Paged } from './paged';

export const GRANTS_PAGE_SIZE = 25;

type Client = SupabaseClient<Database>;

export interface GrantRow {
	caseId: string;
	caseNumber: string;
	prosecutorId: string;
	prosecutorName: string;
	includeVeterinary: boolean;
	includeOffender: boolean;
	grantedBy: string;
	grantedAt: string;
}

export interface Prosecutor {
	id: string;
	name: string;
	agency: string | null;
}

/** The grants on the centre's cases, newest first (the inner join keeps the centre's cases only). */
export async function centreGrants(supabase: Client, centreId: string, url: URL): Promise<Paged<GrantRow>> {
	const page = await readPage(url, 'page', GRANTS_PAGE_SIZE, 'the case grants', (from, to) =>
		supabase
			.from('case_grants')
			.select(
				`case_id, prosecutor_id, include_veterinary, include_offender, granted_at,
				case:seizure_cases!inner(case_number, centre_id),
				prosecutor:staff!case_grants_prosecutor_id_fkey(full_name),
				granter:staff!case_grants_granted_by_fkey(full_name)`,
				{ count: 'exact' }
			)
			.eq('case.centre_id', centreId)
			.order('granted_at', { ascending: false })
			.order('case_id')
			.order('prosecutor_id')
			.range(from, to)
	);
	return {
		...page,
		rows: page.rows.map((g) => ({
			caseId: g.case_id,
			caseNumber: g.case.case_number,
			prosecutorId: g.prosecutor_id,
			prosecutorName: g.prosecutor?.full_name ?? '',
			includeVeterinary: g.include_veterinary,
			includeOffender: g.include_offender,
			grantedBy: g.granter?.full_name ?? '',
			grantedAt: g.granted_at
		}))
	};
}

/** The active prosecutors of the centre, by name: whom a case can be granted to. */
export async function activeProsecutors(supabase: Client, centreId: string): Promise<Prosecutor[]> {
	const { data, error } = await supabase
		.from('staff')
		.select('user_id, full_name, agency')
		.eq('centre_id', centreId)
		.eq('role', 'prosecutor')
		.eq('active', true)
		.order('full_name');
	if (error) throw new Error(`loading the prosecutors failed: ${error.code} ${error.message}`);
	return data.map((s) => ({ id: s.user_id, name: s.full_name, agency: s.agency }));
}
