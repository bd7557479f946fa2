import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { accessToken, client, demo } from '../support/clients.ts';

/** Bad requests get PostgREST's own status and error shape from the stack, and write nothing. */
const stack = inject('stack');

async function raw(path: string, init: RequestInit & { key?: string; token?: string } = {}) {
	const key = init.key ?? stack.serviceRoleKey;
	const headers: Record<string, string> = { 'content-type': 'application/json', ...(init.headers as Record<string, string>) };
	if (key) headers.apikey = key;
	if (init.token) headers.authorization = `Bearer ${init.token}`;
	const res = await fetch(`${stack.url}/rest/v1${path}`, { ...init, headers });
	return { status: res.status, body: await res.json() };
}

async function centreCount() {
	const { count } = await client('service').from('centres').select('*', { count: 'exact', head: true });
	return count;
}

describe('bad input through /rest/v1', () => {
	it('refuses malformed JSON with PGRST102', async () => {
		const before = await centreCount();
		const res = await raw('/centres', { method: 'POST', body: '{"code": "XX", "name":' });
		expect(res).toEqual({ status: 400, body: expect.objectContaining({ code: 'PGRST102' }) });
		expect(await centreCount()).toBe(before);
	});

	it('refuses unknown columns with PGRST204', async () => {
		const before = await centreCount();
		const res = await raw('/centres', { method: 'POST', body: JSON.stringify({ code: 'XY', name: 'X centre', colour: 'red' }) });
		expect(res.status).toBe(400);
		expect(res.body).toMatchObject({ code: 'PGRST204', message: expect.stringContaining('colour') });
		expect(await centreCount()).toBe(before);
	});

	it('refuses a malformed filter with PGRST100', async () => {
		const res = await raw('/centres?code=in.(PT');
		expect(res.status).toBe(400);
		expect(res.body.code).toBe('PGRST100');
	});

	it('refuses a check-constraint violation and writes nothing', async () => {
		const before = await centreCount();
		const res = await raw('/centres', { method: 'POST', body: JSON.stringify({ code: 'lowercase', name: 'x' }) });
		expect(res.status).toBe(400);
		expect(res.body.code).toBe('23514');
		expect(await centreCount()).toBe(before);
	});

	it('refuses expired and forged JWTs with 401 and writes nothing', async () => {
		const before = await centreCount();
		const expired = await accessToken(demo.admin.id, { expiresIn: -60 });
		const forged = await accessToken(demo.admin.id, { secret: 'not-the-secret-of-this-stack-at-all-0123456789' });
		for (const token of [expired, forged, 'not.a.jwt']) {
			const res = await raw('/staff', { method: 'PATCH', key: stack.anonKey, token, body: JSON.stringify({ role: 'keeper' }) });
			expect(res.status).toBe(401);
			expect(res.body.code).toBe('PGRST301');
		}
		expect(await centreCount()).toBe(before);
		const admin = await client('service').from('staff').select('role').eq('user_id', demo.admin.id).single();
		expect(admin.data?.role).toBe('admin');
	});

	it('asks for an API key as the Supabase gateway does', async () => {
		expect(await raw('/centres', { key: '' })).toEqual({ status: 401, body: { message: 'No API key found in request' } });
		expect(await raw('/centres', { key: 'sb-made-up-key' })).toEqual({ status: 401, body: { message: 'Invalid API key' } });
	});

	it('never exposes the stack-internal schemas', async () => {
		for (const schema of ['stack_internal', 'storage', 'auth']) {
			const res = await raw('/users', { headers: { 'accept-profile': schema } });
			expect(res.status).toBe(406);
			expect(res.body.code).toBe('PGRST106');
		}
	});
});
