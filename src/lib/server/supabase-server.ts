import { createServerClient } from '@supabase/ssr';
import type { SupabaseClient } from '@supabase/supabase-js';
import type { RequestEvent } from '@sveltejs/kit';
import ws from 'ws';
import type { Database } from '$lib/types/database';
import { supabaseEnv } from './supabase-env';

/**
 * The request's own client: it carries the user's session from the cookies, so Postgres applies
 * row-level security as that user to every query. One per request, never shared.
 */
export function createRequestClient(event: RequestEvent): SupabaseClient<Database> {
	const { url, anonKey } = supabaseEnv();
	// Plain-http deployments (a centre's LAN) must still keep the session; https gets Secure.
	const secure = event.url.protocol === 'https:';
	return createServerClient<Database>(url, anonKey, {
		cookies: {
			getAll: () => event.cookies.getAll(),
			setAll: (cookies, headers) => {
				for (const { name, value, options } of cookies) {
					// No browser client reads the session, so the cookie can be hidden from scripts.
					event.cookies.set(name, value, { ...options, path: '/', httpOnly: true, secure, sameSite: 'lax' });
				}
				setHeadersOnce(event, headers);
			}
		},
		// Sign-in is rate-limited per client address; without this every user would share the server's.
		global: { headers: { 'x-forwarded-for': clientAddress(event) } },
		realtime: { transport: ws as never }
	});
}

function clientAddress(event: RequestEvent): string {
	try {
		return event.getClientAddress();
	} catch {
		return 'unknown';
	}
}

/** A session cookie must never be cached by a proxy; setHeaders throws on a repeated name. */
function setHeadersOnce(event: RequestEvent, headers: Record<string, string>) {
	try {
		event.setHeaders(headers);
	} catch {
		// Already set earlier in this request, which is all that matters.
	}
}
