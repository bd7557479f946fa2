import type { StackInfo } from '../supabase/local/stack.ts';
import { signedInApp } from './signed-in-app.ts';

/**
 * The case page as a browser gets it: the built app signs the keeper in, then GET /cases/{id} is
 * timed, by the server's own Server-Timing header and as this client sees it.
 */
export async function timeCasePage(stack: StackInfo, caseId: string, runs: number) {
	const app = await signedInApp(stack, 'keeper');
	try {
		const server: number[] = [];
		const firstBytes: number[] = [];
		const whole: number[] = [];
		for (let i = 0; i < runs + 3; i++) {
			const t = performance.now();
			const res = await app.fetch(`/cases/${caseId}`);
			const headers = performance.now() - t;
			const html = await res.text();
			if (res.status !== 200 || !html.includes('Ptyas mucosa')) throw new Error(`case page answered ${res.status}`);
			if (i >= 3) {
				server.push(app.serverTime(res));
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
		app.stop();
	}
}
