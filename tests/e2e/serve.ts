import type { ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBuilt, startApp } from '../../supabase/local/app-server.ts';
import { startStack, type RunningStack } from '../../supabase/local/stack.ts';
import { isolatedStackConfig } from '../support/isolated-stack-config.ts';
import { E2E_STACK_FILE } from './stack-file.ts';

/**
 * Playwright's webServer: a fresh stack (own temp data dir, free ports, so a developer's running
 * `npm run stack` is never touched) with the built app in front of it, until SIGTERM/SIGINT.
 */
const port = Number(process.env.E2E_PORT ?? 4173);
// CI serves the browser suite from another Node (the LTS centres deploy on): see .ci/run.
if (process.env.E2E_APP_NODE) process.env.APP_NODE = process.env.E2E_APP_NODE;
const log = (msg: string) => console.log(`[e2e] ${msg}`);
let dataDir: string | undefined;
let stack: RunningStack | undefined;
let app: ChildProcess | undefined;
let stopping = false;

async function shutdown(code: number) {
	if (stopping) return;
	stopping = true;
	app?.kill('SIGTERM');
	await stack?.stop().catch((err) => console.error('[e2e] stopping the stack:', err));
	if (dataDir) rmSync(dataDir, { recursive: true, force: true });
	process.exit(code);
}
// Registered before anything starts, so a signal during start-up still cleans up. `on`, not
// `once`: a process-group signal arrives twice (directly and relayed by tsx), and a second one
// with no listener left would end the process before the stack is stopped.
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

try {
	ensureBuilt(log);
	dataDir = mkdtempSync(join(tmpdir(), 'rescue-ledger-e2e-'));
	stack = await startStack({
		// Every browser sign-in reaches the stack from the app server's address: one budget for the
		// whole suite, so a high default limit (an explicit env still wins).
		...(await isolatedStackConfig(dataDir, { STACK_AUTH_SIGN_IN_LIMIT: '1000', STACK_AUTH_REFRESH_LIMIT: '1000', ...process.env })),
		externalDbUrl: null
	});
	log(`stack at ${stack.url}`);
	// For tests that create their data through the API first (Playwright cleaned test-results/ before starting us).
	mkdirSync('test-results', { recursive: true });
	writeFileSync(E2E_STACK_FILE, JSON.stringify({ url: stack.url, anonKey: stack.anonKey, serviceRoleKey: stack.serviceRoleKey }));
	app = await startApp(stack, port);
	log(`app at http://127.0.0.1:${port}`);
	app.once('exit', (code) => {
		if (!stopping) console.error(`[e2e] the app exited (${code})`);
		void shutdown(1);
	});
} catch (err) {
	console.error(`[e2e] could not start: ${err instanceof Error ? err.message : err}`);
	await shutdown(1);
}
