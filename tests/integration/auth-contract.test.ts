import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import { decodeJwt, SignJWT } from 'jose';
import { describe, expect, inject, it } from 'vitest';
import ws from 'ws';
import { client, demo, signedIn, uniqueEmail } from '../support/clients.ts';

// The Auth contract as supabase-js sees it (GoTrue's statuses, error codes and bodies). Everything
// goes through supabase-js or plain HTTP against /auth/v1, never through the database.

const stack = inject('stack');
const service = client('service');
const PASSWORD = 'correct-horse-battery';

async function newUser(extra: Record<string, unknown> = {}) {
	const email = uniqueEmail('auth');
	const { data, error } = await service.auth.admin.createUser({ email, password: PASSWORD, email_confirm: true, ...extra });
	expect(error).toBeNull();
	return { id: data.user!.id, email, password: PASSWORD };
}

/** A client whose every request carries `token` (a user's access token or any JWT). */
function clientWithToken(token: string): SupabaseClient {
	return createClient(stack.url, stack.anonKey, {
		auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
		global: { headers: { Authorization: `Bearer ${token}` } },
		realtime: { transport: ws as never }
	});
}

async function raw(method: string, path: string, opts: { body?: string; token?: string; headers?: Record<string, string> } = {}) {
	const res = await fetch(`${stack.url}/auth/v1${path}`, {
		method,
		headers: {
			apikey: stack.anonKey,
			'content-type': 'application/json',
			'x-supabase-api-version': '2024-01-01',
			...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
			...opts.headers
		},
		body: opts.body
	});
	const text = await res.text();
	return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : null };
}

async function sessionOf(email: string, password = PASSWORD) {
	const { data, error } = await client().auth.signInWithPassword({ email, password });
	expect(error).toBeNull();
	return data.session!;
}

/** The user count the admin API reports (X-Total-Count). */
async function userTotal(): Promise<number> {
	const { data, error } = await service.auth.admin.listUsers({ page: 1, perPage: 1 });
	expect(error).toBeNull();
	return (data as { total: number }).total;
}

/** Whether an account with this address exists, asked of the admin API. */
async function accountExists(email: string): Promise<boolean> {
	const { data, error } = await service.auth.admin.listUsers({ page: 1, perPage: 1000 });
	expect(error).toBeNull();
	return data.users.some((u) => u.email === email);
}

describe('password sign-in', () => {
	it('signs in a user the admin API created, with GoTrue\'s session and claims', async () => {
		const u = await newUser({ user_metadata: { full_name: 'Test Keeper' } });
		const { data, error } = await client().auth.signInWithPassword({ email: u.email.toUpperCase(), password: u.password });
		expect(error).toBeNull();
		const s = data.session!;
		expect(s.token_type).toBe('bearer');
		expect(s.expires_in).toBe(3600);
		expect(s.refresh_token).toMatch(/^[A-Za-z0-9_-]{12,}$/);
		expect(s.user.id).toBe(u.id);
		expect(s.user.identities?.map((i) => i.provider)).toEqual(['email']);
		expect(s.user.app_metadata).toMatchObject({ provider: 'email', providers: ['email'] });
		const claims = decodeJwt(s.access_token);
		expect(Object.keys(claims).sort()).toEqual(
			['aal', 'amr', 'app_metadata', 'aud', 'email', 'exp', 'iat', 'is_anonymous', 'iss', 'phone', 'role', 'session_id', 'sub', 'user_metadata'].sort()
		);
		expect(claims).toMatchObject({
			iss: `${stack.url}/auth/v1`,
			sub: u.id,
			aud: 'authenticated',
			role: 'authenticated',
			email: u.email,
			phone: '',
			aal: 'aal1',
			is_anonymous: false,
			user_metadata: { full_name: 'Test Keeper' }
		});
		expect(claims.exp! - claims.iat!).toBe(3600);
		expect(s.expires_at).toBe(claims.exp);
		expect(claims.amr).toEqual([{ method: 'password', timestamp: expect.any(Number) }]);
	});

	it('refuses a wrong password and an unknown address alike: 400 invalid_credentials', async () => {
		const u = await newUser();
		for (const creds of [{ email: u.email, password: 'wrong-password' }, { email: uniqueEmail('nobody'), password: PASSWORD }]) {
			const { data, error } = await client().auth.signInWithPassword(creds);
			expect(data.session).toBeNull();
			expect(error?.name).toBe('AuthApiError');
			expect(error?.status).toBe(400);
			expect(error?.code).toBe('invalid_credentials');
			expect(error?.message).toBe('Invalid login credentials');
		}
	});

	it('answers in both GoTrue error shapes, chosen by X-Supabase-Api-Version', async () => {
		const body = JSON.stringify({ email: uniqueEmail('nobody'), password: PASSWORD });
		const modern = await raw('POST', '/token?grant_type=password', { body });
		expect(modern.status).toBe(400);
		expect(modern.body).toEqual({ code: 'invalid_credentials', message: 'Invalid login credentials' });
		expect(modern.headers.get('x-supabase-api-version')).toBe('2024-01-01');
		const legacy = await raw('POST', '/token?grant_type=password', { body, headers: { 'x-supabase-api-version': '' } });
		expect(legacy.body).toEqual({ code: 400, error_code: 'invalid_credentials', msg: 'Invalid login credentials' });
	});

	it('refuses an unconfirmed address with email_not_confirmed', async () => {
		const email = uniqueEmail('unconfirmed');
		await service.auth.admin.createUser({ email, password: PASSWORD });
		const { error } = await client().auth.signInWithPassword({ email, password: PASSWORD });
		expect(error?.code).toBe('email_not_confirmed');
	});

	it('signs in the seeded demo accounts (hashes written by seed.sql)', async () => {
		const c = await signedIn(demo.admin.email, demo.admin.password);
		const { data } = await c.auth.getUser();
		expect(data.user?.id).toBe(demo.admin.id);
	});
});

describe('refresh-token rotation', () => {
	it('rotates: a new token whose parent is the old one, in the same session', async () => {
		const u = await newUser();
		const c = await signedIn(u.email, u.password);
		const first = (await c.auth.getSession()).data.session!;
		const { data, error } = await c.auth.refreshSession();
		expect(error).toBeNull();
		expect(data.session!.refresh_token).not.toBe(first.refresh_token);
		expect(decodeJwt(data.session!.access_token).session_id).toBe(decodeJwt(first.access_token).session_id);
		// Reused within the interval (a client that lost the answer): the same child again.
		const again = await raw('POST', '/token?grant_type=refresh_token', { body: JSON.stringify({ refresh_token: first.refresh_token }) });
		expect(again.status).toBe(200);
		expect(again.body.refresh_token).toBe(data.session!.refresh_token);
	});

	it('ends the session when a rotated token comes back after the reuse interval', async () => {
		const u = await newUser();
		const s0 = await sessionOf(u.email);
		const c = client();
		const s1 = (await c.auth.refreshSession({ refresh_token: s0.refresh_token })).data.session!;
		const s2 = (await c.auth.refreshSession({ refresh_token: s1.refresh_token })).data.session!;
		expect(s2.refresh_token).not.toBe(s1.refresh_token);
		expect(stack.refreshReuseIntervalSeconds).toBeGreaterThan(0);
		await new Promise((r) => setTimeout(r, (stack.refreshReuseIntervalSeconds + 0.5) * 1000));
		const { data, error } = await client().auth.refreshSession({ refresh_token: s0.refresh_token });
		expect(data.session).toBeNull();
		expect(error?.status).toBe(400);
		expect(error?.code).toBe('refresh_token_already_used');
		expect(error?.message).toBe('Invalid Refresh Token: Already Used');
		// The whole session is gone: its newest refresh token and its access tokens with it.
		const newest = await client().auth.refreshSession({ refresh_token: s2.refresh_token });
		expect(newest.error?.code).toBe('refresh_token_not_found');
		const me = await raw('GET', '/user', { token: s2.access_token });
		expect(me.status).toBe(403);
		expect(me.body.code).toBe('session_not_found');
	});

	it('gives concurrent refreshes of one token (several tabs) the same new token', async () => {
		const u = await newUser();
		const s = await sessionOf(u.email);
		const results = await Promise.all(
			Array.from({ length: 5 }, () => raw('POST', '/token?grant_type=refresh_token', { body: JSON.stringify({ refresh_token: s.refresh_token }) }))
		);
		expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
		expect(new Set(results.map((r) => r.body.refresh_token)).size).toBe(1);
		expect(results[0].body.refresh_token).not.toBe(s.refresh_token);
	});

	it('refuses an unknown refresh token with refresh_token_not_found', async () => {
		const { error } = await client().auth.refreshSession({ refresh_token: 'not-a-real-token' });
		expect(error?.status).toBe(400);
		expect(error?.code).toBe('refresh_token_not_found');
	});
});

describe('GET /user', () => {
	it('returns the user of the session', async () => {
		const u = await newUser();
		const c = await signedIn(u.email, u.password);
		const { data, error } = await c.auth.getUser();
		expect(error).toBeNull();
		expect(data.user).toMatchObject({ id: u.id, email: u.email, aud: 'authenticated', role: 'authenticated' });
		expect(data.user!.identities![0]).toMatchObject({ provider: 'email', user_id: u.id, identity_data: { email: u.email, sub: u.id } });
	});

	it('refuses forged, expired and malformed tokens with 403 bad_jwt', async () => {
		const u = await newUser();
		const s = await sessionOf(u.email);
		const claims = decodeJwt(s.access_token);
		const sign = (secret: string, exp: number) =>
			new SignJWT({ ...claims, exp }).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).sign(new TextEncoder().encode(secret));
		const forged = await sign('another-secret-that-is-at-least-32-characters', claims.exp!);
		const expired = await sign(stack.jwtSecret, Math.floor(Date.now() / 1000) - 60);
		for (const [token, reason] of [
			[forged, 'signature is invalid'],
			[expired, 'token is expired'],
			['not.a.jwt', 'malformed']
		]) {
			const { data, error } = await client().auth.getUser(token);
			expect(data.user).toBeNull();
			expect(error?.status).toBe(403);
			expect(error?.code).toBe('bad_jwt');
			expect(error?.message).toContain(reason);
		}
		const missing = await raw('GET', '/user');
		expect(missing.status).toBe(401);
		expect(missing.body.code).toBe('no_authorization');
	});

	it('refuses the access token of a signed-out session (403 session_not_found)', async () => {
		const u = await newUser();
		const c = await signedIn(u.email, u.password);
		const s = (await c.auth.getSession()).data.session!;
		expect((await c.auth.signOut()).error).toBeNull();
		const me = await raw('GET', '/user', { token: s.access_token });
		expect(me.status).toBe(403);
		expect(me.body).toEqual({ code: 'session_not_found', message: 'Session from session_id claim in JWT does not exist' });
		const { error } = await client().auth.getUser(s.access_token);
		expect(error?.name).toBe('AuthSessionMissingError');
		const refreshed = await client().auth.refreshSession({ refresh_token: s.refresh_token });
		expect(refreshed.error?.code).toBe('refresh_token_not_found');
	});
});

describe('POST /logout', () => {
	it('scope=others ends the other sessions only, scope=local this one only', async () => {
		const u = await newUser();
		const a = await signedIn(u.email, u.password);
		const b = await signedIn(u.email, u.password);
		const c = await signedIn(u.email, u.password);
		const tokenOf = async (x: SupabaseClient) => (await x.auth.getSession()).data.session!.access_token;
		const [ta, tb, tc] = [await tokenOf(a), await tokenOf(b), await tokenOf(c)];
		expect((await raw('POST', '/logout?scope=others', { token: ta })).status).toBe(204);
		expect((await raw('GET', '/user', { token: ta })).status).toBe(200);
		expect((await raw('GET', '/user', { token: tb })).status).toBe(403);
		expect((await raw('GET', '/user', { token: tc })).status).toBe(403);
		expect((await a.auth.signOut({ scope: 'local' })).error).toBeNull();
		expect((await raw('GET', '/user', { token: ta })).status).toBe(403);
		const bad = await raw('POST', '/logout?scope=everyone', { token: await tokenOf(await signedIn(u.email, u.password)) });
		expect(bad.status).toBe(400);
	});
});

describe('admin API', () => {
	it('lists users with GoTrue\'s pagination headers', async () => {
		await newUser();
		await newUser();
		const { data, error } = await service.auth.admin.listUsers({ page: 1, perPage: 1 });
		expect(error).toBeNull();
		const page = data as { users: unknown[]; total: number; nextPage: number | null };
		expect(page.users).toHaveLength(1);
		expect(page.total).toBeGreaterThanOrEqual(2);
		expect(page.nextPage).toBe(2);
		const res = await raw('GET', '/admin/users?page=1&per_page=1', { token: stack.serviceRoleKey });
		const total = Number(res.headers.get('x-total-count'));
		expect(total).toBeGreaterThanOrEqual(page.total);
		expect(res.headers.get('link')).toBe(
			`</admin/users?page=2&per_page=1>; rel="next", </admin/users?page=${total}&per_page=1>; rel="last"`
		);
		expect(res.body.aud).toBe('authenticated');
	});

	it('gets, updates and deletes a user', async () => {
		const u = await newUser({ user_metadata: { full_name: 'Before', keep: 1 } });
		const got = await service.auth.admin.getUserById(u.id);
		expect(got.data.user?.email).toBe(u.email);
		const session = await sessionOf(u.email);

		const newEmail = uniqueEmail('renamed');
		const { data, error } = await service.auth.admin.updateUserById(u.id, {
			email: newEmail,
			password: 'a-new-password',
			user_metadata: { full_name: 'After' },
			app_metadata: { centre: 'PT' }
		});
		expect(error).toBeNull();
		expect(data.user).toMatchObject({
			email: newEmail,
			user_metadata: { full_name: 'After', keep: 1 },
			app_metadata: { provider: 'email', centre: 'PT' }
		});
		expect(data.user!.identities![0].identity_data?.email).toBe(newEmail);
		// A new password signs the user out everywhere, and only the new one works.
		expect((await raw('GET', '/user', { token: session.access_token })).status).toBe(403);
		expect((await client().auth.signInWithPassword({ email: newEmail, password: PASSWORD })).error?.code).toBe('invalid_credentials');
		expect((await client().auth.signInWithPassword({ email: newEmail, password: 'a-new-password' })).error).toBeNull();

		const banned = await service.auth.admin.updateUserById(u.id, { ban_duration: '24h' });
		expect(banned.data.user?.banned_until).toBeTruthy();
		expect((await client().auth.signInWithPassword({ email: newEmail, password: 'a-new-password' })).error?.code).toBe('user_banned');
		await service.auth.admin.updateUserById(u.id, { ban_duration: 'none' });

		expect((await service.auth.admin.deleteUser(u.id)).error).toBeNull();
		const gone = await service.auth.admin.getUserById(u.id);
		expect(gone.error?.status).toBe(404);
		expect(gone.error?.code).toBe('user_not_found');
		expect((await client().auth.signInWithPassword({ email: newEmail, password: 'a-new-password' })).error?.code).toBe('invalid_credentials');
	});

	it('refuses a duplicate address (422 email_exists) and a short password (422 weak_password), writing nothing', async () => {
		const u = await newUser();
		const dup = await service.auth.admin.createUser({ email: u.email.toUpperCase(), password: PASSWORD, email_confirm: true });
		expect(dup.error?.status).toBe(422);
		expect(dup.error?.code).toBe('email_exists');

		const email = uniqueEmail('weak');
		const weak = await service.auth.admin.createUser({ email, password: '12345', email_confirm: true });
		expect(weak.error?.status).toBe(422);
		expect(weak.error?.code).toBe('weak_password');
		expect(weak.error?.name).toBe('AuthWeakPasswordError');
		expect((weak.error as { reasons?: string[] }).reasons).toEqual(['length']);
		expect(await accountExists(email)).toBe(false);

		const weakUpdate = await service.auth.admin.updateUserById(u.id, { password: 'short' });
		expect(weakUpdate.error?.code).toBe('weak_password');
		expect((await client().auth.signInWithPassword({ email: u.email, password: PASSWORD })).error).toBeNull();
	});

	it('refuses the anon key and a user\'s token with 403 not_admin, and changes nothing', async () => {
		const u = await newUser({ user_metadata: { full_name: 'Untouched' } });
		const userToken = (await sessionOf(u.email)).access_token;
		const before = await userTotal();
		for (const c of [client('anon'), clientWithToken(userToken)]) {
			const email = uniqueEmail('intruder');
			const created = await c.auth.admin.createUser({ email, password: PASSWORD, email_confirm: true });
			expect(created.error?.status).toBe(403);
			expect(created.error?.code).toBe('not_admin');
			expect(created.error?.message).toBe('User not allowed');
			expect(await accountExists(email)).toBe(false);

			const listed = await c.auth.admin.listUsers();
			expect(listed.error?.code).toBe('not_admin');
			expect(listed.data.users).toEqual([]);
			expect((await c.auth.admin.getUserById(u.id)).error?.code).toBe('not_admin');
			expect((await c.auth.admin.updateUserById(u.id, { user_metadata: { full_name: 'Changed' }, password: 'hijacked-1' })).error?.code).toBe(
				'not_admin'
			);
			expect((await c.auth.admin.deleteUser(u.id)).error?.code).toBe('not_admin');
		}
		const after = await service.auth.admin.getUserById(u.id);
		expect(after.data.user?.user_metadata).toEqual({ full_name: 'Untouched' });
		expect((await client().auth.signInWithPassword({ email: u.email, password: PASSWORD })).error).toBeNull();
		// Other test files create users concurrently, so the total may only have grown.
		expect(await userTotal()).toBeGreaterThanOrEqual(before);
	});
});

describe('malformed requests', () => {
	it('answers broken JSON with 400 bad_json, before any work', async () => {
		for (const [path, token] of [
			['/token?grant_type=password', undefined],
			['/admin/users', stack.serviceRoleKey]
		] as const) {
			const res = await raw('POST', path, { body: '{"email": "x@y.z", "password": ', token });
			expect(res.status).toBe(400);
			expect(res.body.code).toBe('bad_json');
			expect(res.body.message).toMatch(/^Could not parse request body as JSON/);
		}
		const wrongType = await raw('POST', '/token?grant_type=password', { body: JSON.stringify({ email: 42, password: 'x' }) });
		expect(wrongType.body.code).toBe('bad_json');
		const notObject = await raw('POST', '/token?grant_type=password', { body: '[]' });
		expect(notObject.body.code).toBe('bad_json');
	});

	it('refuses bodies over 1 MB, unknown routes and grants, without a 500', async () => {
		const big = await raw('POST', '/token?grant_type=password', {
			body: JSON.stringify({ email: 'x@y.z', password: 'p'.repeat(1024 * 1024 + 10) })
		});
		expect(big.status).toBe(413);
		expect((await raw('GET', '/no/such/route')).status).toBe(404);
		expect((await raw('DELETE', '/user')).status).toBe(404);
		expect((await raw('POST', '/token?grant_type=magic', { body: '{}' })).status).toBe(400);
		const badId = await raw('GET', '/admin/users/not-a-uuid', { token: stack.serviceRoleKey });
		expect(badId.status).toBe(404);
		expect(badId.body.code).toBe('validation_failed');
	});
});

describe('PostgREST sees the signed-in user', () => {
	it('a user reads its own staff row only once it exists', async () => {
		const u = await newUser();
		const c = await signedIn(u.email, u.password);
		const none = await c.from('staff').select('user_id');
		expect(none.error).toBeNull();
		expect(none.data).toEqual([]);

		// Inactive staff: not is_staff(), so only the "own record" policy lets the row through.
		const { error } = await service.from('staff').insert({
			user_id: u.id,
			centre_id: '00000000-0000-4000-8000-000000000001',
			full_name: 'Contract Test',
			role: 'keeper',
			active: false
		});
		expect(error).toBeNull();
		const own = await c.from('staff').select('user_id, full_name');
		expect(own.data).toEqual([{ user_id: u.id, full_name: 'Contract Test' }]);
	});

	it('active demo staff read the staff list through their session', async () => {
		const c = await signedIn(demo.admin.email, demo.admin.password);
		const { data, error } = await c.from('staff').select('user_id').in('user_id', [demo.admin.id, demo.vet.id]);
		expect(error).toBeNull();
		expect(data?.map((r) => r.user_id).sort()).toEqual([demo.admin.id, demo.vet.id].sort());
	});
});
