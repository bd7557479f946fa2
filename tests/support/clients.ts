import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import { inject } from 'vitest';
import ws from 'ws';

/** supabase-js itself, configured as the app configures it, against the test run's stack. */
export function client(key: 'anon' | 'service' = 'anon'): SupabaseClient {
	const stack = inject('stack');
	return createClient(stack.url, key === 'anon' ? stack.anonKey : stack.serviceRoleKey, {
		auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
		realtime: { transport: ws as never }
	});
}

/** A client signed in with e-mail and password. */
export async function signedIn(email: string, password: string): Promise<SupabaseClient> {
	const c = client('anon');
	const { error } = await c.auth.signInWithPassword({ email, password });
	if (error) throw new Error(`sign-in as ${email} failed: ${error.message}`);
	return c;
}

export function uniqueEmail(prefix: string): string {
	return `${prefix}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@test.rescue-ledger.local`;
}
