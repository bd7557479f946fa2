import type { SupabaseClient } from '@supabase/supabase-js';
import type { StaffRole } from '$lib/roles';
import type { Database } from '$lib/types/database';
import { bearerClient } from './client';
import { apiError, ApiRefusal } from './respond';

export interface ApiCaller {
	/** Carries the caller's token: use it for every query, so RLS decides. */
	supabase: SupabaseClient<Database>;
	userId: string;
	role: StaffRole;
}

const CHALLENGE = { 'www-authenticate': 'Bearer realm="rescue-ledger"' };

function unauthorized(message: string): ApiRefusal {
	return new ApiRefusal(apiError(401, 'unauthorized', message, {}, CHALLENGE));
}

/**
 * The partner's user from `Authorization: Bearer <access token>`: current_staff() runs with the
 * token, which PostgREST verifies first (signature and expiry), as loadSession() does for pages.
 * The user must be active staff and, when roles are given, have one of them; otherwise this
 * throws the 401/403 answer.
 */
export async function apiCaller(request: Request, roles?: readonly StaffRole[]): Promise<ApiCaller> {
	const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get('authorization') ?? '');
	if (!match) throw unauthorized('Send a Supabase access token: Authorization: Bearer <token>.');
	const supabase = bearerClient(match[1]);
	const { data: staff, error } = await supabase.rpc('current_staff').maybeSingle();
	// Only PostgREST's verdict on the token is a 401; anything else is our fault.
	if (error && ['PGRST301', 'PGRST302', 'PGRST303'].includes(error.code)) {
		throw unauthorized('The access token is invalid or has expired: sign in again.');
	}
	if (error) throw new Error(`reading the caller's staff record failed: ${error.code} ${error.message}`);
	if (!staff?.active) {
		throw new ApiRefusal(apiError(403, 'forbidden', 'This account is not an active staff member of the centre.'));
	}
	if (roles && !roles.includes(staff.role)) {
		throw new ApiRefusal(
			apiError(403, 'forbidden', `This needs one of the roles ${roles.join(', ')}; this account is ${staff.role}.`)
		);
	}
	return { supabase, userId: staff.user_id, role: staff.role };
}
