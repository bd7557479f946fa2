import { isAuthApiError, type SupabaseClient } from '@supabase/supabase-js';
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
 * The partner's user from `Authorization: Bearer <access token>`, validated by the auth server
 * (a JWT that merely parses is not enough: it may be revoked). The user must be active staff and,
 * when roles are given, have one of them; otherwise this throws the 401/403 answer.
 */
export async function apiCaller(request: Request, roles?: readonly StaffRole[]): Promise<ApiCaller> {
	const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get('authorization') ?? '');
	if (!match) throw unauthorized('Send a Supabase access token: Authorization: Bearer <token>.');
	const token = match[1];
	const supabase = bearerClient(token);
	const { data, error } = await supabase.auth.getUser(token);
	if (error) {
		// Only the auth server's verdict on the token is a 401; an unreachable auth server is our fault.
		if (isAuthApiError(error) && error.status >= 400 && error.status < 500) {
			throw unauthorized('The access token is invalid or has expired: sign in again.');
		}
		throw new Error(`validating an API token failed: ${error.name} ${error.message}`);
	}
	const { data: staff, error: staffError } = await supabase
		.from('staff')
		.select('role, active')
		.eq('user_id', data.user.id)
		.maybeSingle();
	if (staffError) throw new Error(`reading the caller's staff record failed: ${staffError.code} ${staffError.message}`);
	if (!staff?.active) {
		throw new ApiRefusal(apiError(403, 'forbidden', 'This account is not an active staff member of the centre.'));
	}
	if (roles && !roles.includes(staff.role)) {
		throw new ApiRefusal(
			apiError(403, 'forbidden', `This needs one of the roles ${roles.join(', ')}; this account is ${staff.role}.`)
		);
	}
	return { supabase, userId: data.user.id, role: staff.role };
}
