import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import { inject } from 'vitest';
import { SignJWT } from 'jose';
import ws from 'ws';
import { demoAccounts } from '../../supabase/local/demo-accounts.ts';

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

/**
 * A client carrying an access token signed here with the stack's secret, as GoTrue would sign it:
 * for tests of PostgREST, RLS and storage that must not depend on the auth handlers.
 */
export async function clientAs(userId: string, opts: { expiresIn?: number; secret?: string } = {}) {
	return clientWithToken(await accessToken(userId, opts));
}

/** supabase-js sending the given bearer token (the API key stays the anon key). */
export function clientWithToken(token: string): SupabaseClient {
	const stack = inject('stack');
	return createClient(stack.url, stack.anonKey, {
		auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
		global: { headers: { Authorization: `Bearer ${token}` } },
		realtime: { transport: ws as never }
	});
}

export async function accessToken(userId: string, opts: { expiresIn?: number; secret?: string } = {}) {
	const stack = inject('stack');
	const now = Math.floor(Date.now() / 1000);
	return new SignJWT({ sub: userId, role: 'authenticated', aud: 'authenticated', aal: 'aal1', session_id: crypto.randomUUID() })
		.setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
		.setIssuedAt(now - 10)
		.setExpirationTime(now + (opts.expiresIn ?? 3600))
		.sign(new TextEncoder().encode(opts.secret ?? stack.jwtSecret));
}

/** The demo accounts of supabase/seed.sql. */
export const demo = { ...demoAccounts, release: demoAccounts.release_team };
