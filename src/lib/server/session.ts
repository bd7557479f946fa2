import type { SupabaseClient } from '@supabase/supabase-js';
import type { StaffRole } from '$lib/roles';
import type { Database } from '$lib/types/database';

export interface StaffMember {
	userId: string;
	centreId: string;
	fullName: string;
	role: StaffRole;
	active: boolean;
	/** As custody events name them: own agency (else the centre) and official ID number. */
	agency: string | null;
	idNumber: string | null;
	centreName: string;
}

export interface SessionInfo {
	/** A session whose token PostgREST accepts, staff or not. */
	signedIn: boolean;
	/** The staff row of the user, active or not; null when signed out or not staff. */
	staff: StaffMember | null;
}

const SIGNED_OUT: SessionInfo = { signedIn: false, staff: null };

/**
 * The cookie session is only a claim. current_staff() goes to PostgREST with its access token,
 * which PostgREST verifies (signature, expiry) before auth.uid() names the row: one request per
 * page instead of asking the auth server first. A token PostgREST refuses means signed out. What
 * this does not see is a session signed out elsewhere whose token has not expired yet: neither
 * does PostgREST, which serves every read and write with that token anyway.
 */
export async function loadSession(supabase: SupabaseClient<Database>): Promise<SessionInfo> {
	const {
		data: { session }
	} = await supabase.auth.getSession();
	if (!session) return SIGNED_OUT;
	const { data: row, error } = await supabase.rpc('current_staff').maybeSingle();
	// PGRST301/302/303: PostgREST refused the token (malformed, forged, expired or its claims).
	if (error && ['PGRST301', 'PGRST302', 'PGRST303'].includes(error.code)) return SIGNED_OUT;
	if (error) throw new Error(`could not read the staff record: ${error.code} ${error.message}`);
	if (!row) return { signedIn: true, staff: null };
	return {
		signedIn: true,
		staff: {
			userId: row.user_id,
			centreId: row.centre_id,
			fullName: row.full_name,
			role: row.role,
			active: row.active,
			agency: row.agency,
			idNumber: row.id_number,
			centreName: row.centre_name ?? ''
		}
	};
}

/** Memoised per request: hooks, layouts and actions all ask, the auth server answers once. */
export function sessionLoader(supabase: SupabaseClient<Database>): () => Promise<SessionInfo> {
	let pending: Promise<SessionInfo> | null = null;
	return () => (pending ??= loadSession(supabase));
}
