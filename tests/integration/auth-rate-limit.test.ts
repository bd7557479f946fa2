import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ws from 'ws';
import { startStack, type RunningStack } from '../../supabase/local/stack.ts';
import { uniqueEmail } from '../support/clients.ts';
import { isolatedStackConfig } from '../support/isolated-stack-config.ts';

/**
 * Password guessing is slowed per client address, as GoTrue's [auth.rate_limit] does. The shared
 * test stack has limits far above what the suites use, so this starts its own with tiny budgets.
 */
describe('auth rate limits', () => {
	const dataDir = mkdtempSync(join(tmpdir(), 'rescue-ledger-rate-limit-'));
	let stack: RunningStack | undefined;
	afterAll(async () => {
		await stack?.stop();
		rmSync(dataDir, { recursive: true, force: true });
	});
	beforeAll(async () => {
		stack = await startStack(await isolatedStackConfig(dataDir, { STACK_AUTH_SIGN_IN_LIMIT: '3', STACK_AUTH_REFRESH_LIMIT: '1' }));
	});

	const client = (key: string) =>
		createClient(stack!.url, key, {
			auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
			realtime: { transport: ws as never }
		});

	it('refuses the 4th sign-in in the window with 429, even with the right password; refresh has its own budget', async () => {
		const email = uniqueEmail('rate-limit');
		const password = 'correct-horse-battery';
		const created = await client(stack!.serviceRoleKey).auth.admin.createUser({ email, password, email_confirm: true });
		expect(created.error).toBeNull();
		const anon = () => client(stack!.anonKey);

		const first = await anon().auth.signInWithPassword({ email, password });
		expect(first.error).toBeNull();
		for (let i = 0; i < 2; i++) {
			expect((await anon().auth.signInWithPassword({ email, password: 'wrong-guess' })).error?.code).toBe('invalid_credentials');
		}
		const guess = await anon().auth.signInWithPassword({ email, password: 'wrong-guess' });
		expect([guess.error?.status, guess.error?.code, guess.error?.message]).toEqual([429, 'over_request_rate_limit', 'Request rate limit reached']);
		const right = await anon().auth.signInWithPassword({ email, password });
		expect([right.error?.status, right.error?.code]).toEqual([429, 'over_request_rate_limit']);
		expect(right.data.session).toBeNull();

		// The pre-2024 body shape for clients that send no X-Supabase-Api-Version.
		const legacy = await fetch(`${stack!.url}/auth/v1/token?grant_type=password`, {
			method: 'POST',
			headers: { apikey: stack!.anonKey, 'content-type': 'application/json' },
			body: JSON.stringify({ email, password })
		});
		expect(legacy.status).toBe(429);
		expect(await legacy.json()).toEqual({ code: 429, error_code: 'over_request_rate_limit', msg: 'Request rate limit reached' });

		// Sign-in being limited does not stop a signed-in client from refreshing, until refresh's own budget is spent.
		const refreshed = await anon().auth.refreshSession({ refresh_token: first.data.session!.refresh_token });
		expect(refreshed.error).toBeNull();
		const again = await anon().auth.refreshSession({ refresh_token: refreshed.data.session!.refresh_token });
		expect([again.error?.status, again.error?.code]).toEqual([429, 'over_request_rate_limit']);
	});

	it('charges each forwarded client address its own budget (staff sign in through the app server)', async () => {
		const email = uniqueEmail('rate-limit-forwarded');
		const password = 'correct-horse-battery';
		expect((await client(stack!.serviceRoleKey).auth.admin.createUser({ email, password, email_confirm: true })).error).toBeNull();
		const from = (address: string) =>
			createClient(stack!.url, stack!.anonKey, {
				auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
				global: { headers: { 'x-forwarded-for': address } },
				realtime: { transport: ws as never }
			});
		for (let i = 0; i < 3; i++) await from('192.0.2.10').auth.signInWithPassword({ email, password: 'wrong-guess' });
		expect((await from('192.0.2.10').auth.signInWithPassword({ email, password })).error?.code).toBe('over_request_rate_limit');
		const colleague = await from('192.0.2.11').auth.signInWithPassword({ email, password });
		expect(colleague.error).toBeNull();
		expect(colleague.data.session).not.toBeNull();
	});
});
