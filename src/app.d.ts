import type { SupabaseClient } from '@supabase/supabase-js';
import type { SessionInfo, StaffMember } from '$lib/server/session';
import type { Database } from '$lib/types/database';

declare global {
	namespace App {
		interface Error {
			message: string;
			/** Quoted to the operator to find the logged details. */
			reference?: string;
		}
		interface Locals {
			supabase: SupabaseClient<Database>;
			/** Validated with the auth server (getUser), never the cookie alone. */
			safeGetSession(): Promise<SessionInfo>;
		}
		interface PageData {
			staff?: StaffMember;
		}
	}
}

export {};
