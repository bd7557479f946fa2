import type { SupabaseClient, User } from '@supabase/supabase-js';
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
	user: User | null;
	/** The staff row of the user, active or not; null when signed out or not staff. */
	staff: StaffMember | null;
}

const SIGNED_OUT: SessionInfo = { user: null, staff: null };

/**
 * The cookie session is only a claim: getUser() asks the auth server to validate the token, and
 * the staff row is read with the user's own session, so RLS decides what the user may see.
 */
export async function loadSession(supabase: SupabaseClient<Database>): Promise<SessionInfo> {
	const {
		data: { session }
	} = await supabase.auth.getSession();
	if (!session) return SIGNED_OUT;
	const {
		data: { user },
		error
	} = await supabase.auth.getUser();
	if (error || !user) return SIGNED_OUT;
	const { data: row, error: staffError } = await supabase
		.from('staff')
		.select('user_id, centre_id, full_name, role, active, agency, id_number, centre:centres(name)')
		.eq('user_id', user.id)
		.maybeSingle();
	if (staffError) throw new Error(`could not read the staff record: ${staffError.message}`);
	const staff = row
		? {
				userId: row.user_id,
				centreId: row.centre_id,
				fullName: row.full_name,
				role: row.role,
				active: row.active,
				agency: row.agency,
				idNumber: row.id_number,
				centreName: row.centre?.name ?? ''
			}
		: null;
	return { user, staff };
}

/** Memoised per request: hooks, layouts and actions all ask, the auth server answers once. */
export function sessionLoader(supabase: SupabaseClient<Database>): () => Promise<SessionInfo> {
	let pending: Promise<SessionInfo> | null = null;
	return () => (pending ??= loadSession(supabase));
}
