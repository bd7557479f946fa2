import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import ws from 'ws';
import type { Database } from '$lib/types/database';
import { supabaseEnv } from './supabase-env';

/**
 * The service-role client: bypasses row-level security, so it is used only for what the user's
 * own session cannot do (creating and removing auth accounts, reading e-mail addresses). This is
 * the only module that touches the service key.
 */
let client: { key: string; url: string; supabase: SupabaseClient<Database> } | null = null;

export function supabaseAdmin(): SupabaseClient<Database> {
	const { url, serviceRoleKey } = supabaseEnv();
	if (!serviceRoleKey) {
		throw new Error('SUPABASE_SERVICE_ROLE_KEY is not set: staff accounts cannot be managed without it.');
	}
	if (client?.key !== serviceRoleKey || client.url !== url) {
		client = {
			key: serviceRoleKey,
			url,
			supabase: createClient<Database>(url, serviceRoleKey, {
				auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
				// Node 20 has no global WebSocket; supabase-js refuses to start without a transport.
				realtime: { transport: ws as never }
			})
		};
	}
	return client.supabase;
}
