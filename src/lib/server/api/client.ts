import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import ws from 'ws';
import type { Database } from '$lib/types/database';
import { supabaseEnv } from '../supabase-env';

/**
 * A client that acts as the partner's user: every query carries their access token, so Postgres
 * applies row-level security exactly as for that user in the app. One per request; no session is
 * stored or refreshed (the partner owns the token).
 */
export function bearerClient(token: string): SupabaseClient<Database> {
	const { url, anonKey } = supabaseEnv();
	return createClient<Database>(url, anonKey, { ...SERVER_SIDE, global: { headers: { Authorization: `Bearer ${token}` } } });
}

/** A client with no user at all (role anon), for what anyone may ask, such as verifying a sheet. */
export function anonClient(): SupabaseClient<Database> {
	const { url, anonKey } = supabaseEnv();
	return createClient<Database>(url, anonKey, SERVER_SIDE);
}

const SERVER_SIDE = {
	auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
	// Node 20 has no global WebSocket; supabase-js refuses to start without a transport.
	realtime: { transport: ws as never }
};
