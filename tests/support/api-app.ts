import { mkdirSync, rmdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { ensureBuilt, startApp } from '../../supabase/local/app-server.ts';
import { freePort } from '../../supabase/local/postgrest.ts';

/**
 * The built app on a free port, in front of the test run's stack, for tests of its HTTP API.
 * With TEST_POSTGRES_URL both lanes run at once: the build is serialised with a lock directory so
 * two `vite build`s never write build/ together (a lock older than 10 minutes is a crashed run's).
 */
const BUILD_LOCK = join(tmpdir(), 'rescue-ledger-build.lock');

async function withBuildLock(fn: () => void): Promise<void> {
	for (;;) {
		try {
			mkdirSync(BUILD_LOCK);
			break;
		} catch {
			try {
				if (Date.now() - statSync(BUILD_LOCK).mtimeMs > 10 * 60_000) rmdirSync(BUILD_LOCK);
			} catch {
				// Released between the two calls: try again.
			}
			await new Promise((r) => setTimeout(r, 500));
		}
	}
	try {
		fn();
	} finally {
		rmdirSync(BUILD_LOCK);
	}
}

export async function startAppUnderTest(): Promise<{ origin: string; stop: () => Promise<void> }> {
	await withBuildLock(() => ensureBuilt((msg) => console.log(`[api-app] ${msg}`)));
	const port = await freePort();
	const child = await startApp(inject('stack'), port);
	return {
		origin: `http://127.0.0.1:${port}`,
		stop: () =>
			new Promise<void>((resolve) => {
				if (child.exitCode !== null) return resolve();
				child.once('exit', () => resolve());
				child.kill('SIGTERM');
			})
	};
}

/** An access token exactly as a partner gets one: the password grant of the auth API. */
export async function passwordToken(email: string, password: string): Promise<string> {
	const stack = inject('stack');
	const res = await fetch(`${stack.url}/auth/v1/token?grant_type=password`, {
		method: 'POST',
		headers: { apikey: stack.anonKey, 'content-type': 'application/json' },
		body: JSON.stringify({ email, password })
	});
	if (!res.ok) throw new Error(`sign-in as ${email} failed: ${res.status} ${await res.text()}`);
	return ((await res.json()) as { access_token: string }).access_token;
}

/** A JSON request to the app's API; `body` as a string is sent as is (for malformed JSON). */
export async function callApi(
	origin: string,
	method: string,
	path: string,
	opts: { token?: string; body?: unknown } = {}
): Promise<{ status: number; body: any }> {
	const headers: Record<string, string> = { accept: 'application/json' };
	if (opts.token) headers.authorization = `Bearer ${opts.token}`;
	if (opts.body !== undefined) headers['content-type'] = 'application/json';
	const res = await fetch(`${origin}${path}`, {
		method,
		headers,
		body: opts.body === undefined ? undefined : typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body)
	});
	const text = await res.text();
	return { status: res.status, body: text ? JSON.parse(text) : null };
}

/** A river-boat seizure: pythons recorded one by one, rat snakes as a group, and a sack of scales. */
export function boatSeizure(caseNumber: string) {
	return {
		caseNumber,
		seizedAt: new Date(Date.now() - 3 * 3600_000).toISOString(),
		location: { description: 'Mekong river boat, Kratie pier', lat: 12.4881, lng: 106.0188 },
		agency: 'Forestry Administration',
		leadOfficer: { name: 'Sok Vuthy', agency: 'Forestry Administration', idNumber: 'FA-1029' },
		legalBasis: 'Forestry Law 2002, art. 98',
		lots: [
			{ species: 'Python bivittatus', count: 3, recordAs: 'individual', condition: 'Dehydrated' },
			{ species: 'Ptyas mucosa', count: 40, recordAs: 'group' }
		],
		items: [{ description: 'Pangolin scales in a sealed sack', species: 'Manis javanica', quantity: 12.5, unit: 'kg', sealNumbers: ['FA-S-0001'] }]
	};
}
