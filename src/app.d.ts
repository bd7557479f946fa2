import type { SupabaseClient } from '@supabase/supabase-js';
import type { Locale } from '$lib/i18n/locale';
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
			/** From the `lang` cookie, else Accept-Language, else English (hooks.server.ts). */
			locale: Locale;
			supabase: SupabaseClient<Database>;
			/** Validated with the auth server (getUser), never the cookie alone. */
			safeGetSession(): Promise<SessionInfo>;
		}
		interface PageData {
			staff?: StaffMember;
			/** Set by the root layout; missing only when that layout itself failed. */
			locale?: Locale;
		}
	}
}

export {};
