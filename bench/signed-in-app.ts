import { demoAccounts } from '../supabase/local/demo-accounts.ts';
import { ensureBuilt, startApp } from '../supabase/local/app-server.ts';
import { freePort } from '../supabase/local/postgrest.ts';
import type { StackInfo } from '../supabase/local/stack.ts';

/**
 * The built app in its own process (as `npm start` runs it), with a demo user signed in through
 * the login form. serverTime() reads the app's own Server-Timing header: what this client
 * measures also holds the delays of its own process, which in the benchmarks runs the database.
 */
export async function signedInApp(stack: StackInfo, who: keyof typeof demoAccounts) {
	ensureBuilt(() => {});
	const port = await freePort();
	const child = await startApp(stack, port);
	const origin = `http://127.0.0.1:${port}`;
	const login = await fetch(`${origin}/login?/signIn`, {
		method: 'POST',
		redirect: 'manual',
		headers: { 'content-type': 'application/x-www-form-urlencoded', origin },
		body: new URLSearchParams({ email: demoAccounts[who].email, password: demoAccounts[who].password })
	});
	const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
	if (!cookie) {
		child.kill('SIGTERM');
		throw new Error(`signing in as ${who} failed: ${login.status}`);
	}
	return {
		fetch: (path: string, init: RequestInit = {}) =>
			fetch(`${origin}${path}`, { ...init, headers: { ...(init.headers as Record<string, string>), cookie, origin } }),
		serverTime: (res: Response) => Number(/app;dur=([\d.]+)/.exec(res.headers.get('server-timing') ?? '')?.[1] ?? NaN),
		/** Of the server time, the part spent checking the session (pages and actions of (app)). */
		sessionTime: (res: Response) => Number(/session;dur=([\d.]+)/.exec(res.headers.get('server-timing') ?? '')?.[1] ?? NaN),
		stop: () => child.kill('SIGTERM')
	};
}
