import type { RequestGate } from './request-gate.ts';
import { createRestClient } from './rest-client.ts';

const INTERVAL_MS = 15_000;

/**
 * PGlite has no autovacuum: every 15 s (and once at start) the stack asks the database to
 * analyse the tables that changed a lot (stack_internal.auto_analyze(), sql/30-maintenance.sql).
 * It goes through PostgREST like every other request, inside the request gate, so it never talks
 * to PGlite while the CLI migrates it.
 */
export function startAutoAnalyze(postgrestUrl: () => string, serviceRoleKey: string, gate: RequestGate, log: (msg: string) => void): NodeJS.Timeout {
	const rest = createRestClient(postgrestUrl, serviceRoleKey);
	let running = false;
	const run = async () => {
		if (running) return;
		running = true;
		const leave = await gate.enter();
		try {
			const res = await rest.rpc<string[]>('auto_analyze', {});
			if (!res.ok) log(`auto-analyze failed: ${res.status} ${JSON.stringify(res.data)}`);
		} catch (err) {
			log(`auto-analyze failed: ${err instanceof Error ? err.message : String(err)}`);
		} finally {
			leave();
			running = false;
		}
	};
	void run();
	const timer = setInterval(() => void run(), INTERVAL_MS);
	timer.unref();
	return timer;
}
