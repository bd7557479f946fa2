import { demoAccounts } from '../supabase/local/demo-accounts.ts';
import { ensureBuilt, startApp } from '../supabase/local/app-server.ts';
import { freePort } from '../supabase/local/postgrest.ts';
import type { StackInfo } from '../supabase/local/stack.ts';

/**
 * The case page as a browser gets it: the built app (its own process, as in `npm start`) signs
 * the keeper in through the login form, then GET /cases/{id} is timed. The server's own time
 * (load, its API calls, rendering) comes from its Server-Timing header; what this client sees
 * also holds the delays of its own process, which here runs the in-process database too.
 */
export async function timeCasePage(stack: StackInfo, caseId: string, runs: number) {
	ensureBuilt(() => {});
	const port = await freePort();
	const app = await startApp(stack, port);
	const origin = `http://127.0.0.1:${port}`;
	try {
		const login = await fetch(`${origin}/login?/signIn`, {
			method: 'POST',
			redirect: 'manual',
			headers: { 'content-type': 'application/x-www-form-urlencoded', origin },
			body: new URLSearchParams({ email: demoAccounts.keeper.email, password: demoAccounts.keeper.password })
		});
		const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
		const server: number[] = [];
		const firstBytes: number[] = [];
		const whole: number[] = [];
		for (let i = 0; i < runs + 3; i++) {
			const t = performance.now();
			const res = await fetch(`${origin}/cases/${caseId}`, { headers: { cookie } });
			const headers = performance.now() - t;
			const html = await res.text();
			if (res.status !== 200 || !html.includes('Ptyas mucosa')) throw new Error(`case page answered ${res.status}`);
			if (i >= 3) {
				server.push(Number(/app;dur=([\d.]+)/.exec(res.headers.get('server-timing') ?? '')?.[1] ?? NaN));
				firstBytes.push(headers);
				whole.push(performance.now() - t);
			}
		}
		const p = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.floor(q * xs.length)].toFixed(1);
		console.log(`case page of the boat seizure (GET /cases/{id}), n=${runs}:`);
		console.log(`  server time until the page is rendered (Server-Timing): p50 ${p(server, 0.5)} ms, p95 ${p(server, 0.95)} ms`);
		console.log(`  until the response starts (page rendered): p50 ${p(firstBytes, 0.5)} ms, p95 ${p(firstBytes, 0.95)} ms`);
		console.log(`  whole response (with the streamed chain verification): p50 ${p(whole, 0.5)} ms, p95 ${p(whole, 0.95)} ms`);
	} finally {
		app.kill('SIGTERM');
	}
}
