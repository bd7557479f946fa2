import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import { inject } from 'vitest';
import { SignJWT } from 'jose';
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

/**
 * A client carrying an access token signed here with the stack's secret, as GoTrue would sign it:
 * for tests of PostgREST and RLS that must not depend on the auth handlers.
 */
export async function clientAs(userId: string, opts: { expiresIn?: number; secret?: string } = {}) {
	const stack = inject('stack');
	const token = await accessToken(userId, opts);
	return createClient(stack.url, stack.anonKey, {
		auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
		global: { headers: { Authorization: `Bearer ${token}` } },
		realtime: { transport: ws as never }
	});
}

export async function accessToken(userId: string, opts: { expiresIn?: number; secret?: string } = {}) {
	const stack = inject('stack');
	const now = Math.floor(Date.now() / 1000);
	return new SignJWT({ sub: userId, role: 'authenticated', aud: 'authenticated', session_id: crypto.randomUUID() })
		.setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
		.setIssuedAt(now)
		.setExpirationTime(now + (opts.expiresIn ?? 3600))
		.sign(new TextEncoder().encode(opts.secret ?? stack.jwtSecret));
}

/** The demo accounts of supabase/seed.sql. */
export const demo = {
	admin: { id: '00000000-0000-4000-8000-0000000000a1', email: 'admin@rescue-ledger.test', password: 'demo-admin-2026' },
	vet: { id: '00000000-0000-4000-8000-0000000000a2', email: 'vet@rescue-ledger.test', password: 'demo-vet-2026' },
	keeper: { id: '00000000-0000-4000-8000-0000000000a3', email: 'keeper@rescue-ledger.test', password: 'demo-keeper-2026' },
	release: { id: '00000000-0000-4000-8000-0000000000a4', email: 'release@rescue-ledger.test', password: 'demo-release-2026' },
	prosecutor: { id: '00000000-0000-4000-8000-0000000000a5', email: 'prosecutor@rescue-ledger.test', password: 'demo-prosecutor-2026' }
} as const;
