import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { createClient } from '@supabase/supabase-js';
import ws from 'ws';
import { stackConfigFromEnv } from '../supabase/local/config.ts';
import { demoAccounts } from '../supabase/local/demo-accounts.ts';
import { freePort } from '../supabase/local/postgrest.ts';
import { startStack } from '../supabase/local/stack.ts';

/**
 * The embedded stack's own cost: start-up, and a request through router + PostgREST (+ auth and
 * storage handlers) against the same query in plain SQL inside PGlite.
 * Run: npx tsx bench/stack-overhead.ts   (results go in bench/RESULTS.md by hand)
 */
const N = 200;

async function timeIt(label: string, n: number, fn: () => Promise<unknown>) {
	const times: number[] = [];
	for (let i = 0; i < 10; i++) await fn();
	for (let i = 0; i < n; i++) {
		const t = performance.now();
		await fn();
		times.push(performance.now() - t);
	}
	times.sort((a, b) => a - b);
	const p = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(2);
	console.log(`${label.padEnd(48)} p50 ${p(0.5)} ms  p95 ${p(0.95)} ms  (n=${n})`);
	return Number(p(0.5));
}

const dataDir = mkdtempSync(join(tmpdir(), 'rescue-ledger-bench-'));
// The sign-in timing alone makes 30 sign-ins from one address: lift the per-address limit.
const config = { ...stackConfigFromEnv({ STACK_QUIET: '1', STACK_AUTH_SIGN_IN_LIMIT: '1000' }), dataDir, apiPort: await freePort(), dbPort: await freePort() };
console.log(`machine: ${cpus().length} × ${cpus()[0].model}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}`);

let t = performance.now();
let stack = await startStack(config);
console.log(`stack start, new data dir (migrations + seed): ${(performance.now() - t).toFixed(0)} ms`);
await stack.stop();
t = performance.now();
stack = await startStack(config);
console.log(`stack start, existing data dir:              ${(performance.now() - t).toFixed(0)} ms`);

const opts = { auth: { persistSession: false, autoRefreshToken: false }, realtime: { transport: ws as never } };
const service = createClient(stack.url, stack.serviceRoleKey, opts);
const keeper = createClient(stack.url, stack.anonKey, opts);
const signIn = await keeper.auth.signInWithPassword({ email: demoAccounts.keeper.email, password: demoAccounts.keeper.password });
if (signIn.error) throw signIn.error;

const api = await timeIt('API: staff + embedded centre (service key)', N, async () => {
	const { error } = await service.from('staff').select('full_name, role, centre:centres(code)').eq('role', 'vet');
	if (error) throw error;
});
await timeIt('API: same select as keeper (RLS applies)', N, async () => {
	const { error } = await keeper.from('staff').select('full_name, role, centre:centres(code)').eq('role', 'vet');
	if (error) throw error;
});
await timeIt('auth: getUser', N, () => keeper.auth.getUser());
await timeIt('auth: password sign-in (bcrypt cost 10)', 20, () =>
	createClient(stack.url, stack.anonKey, opts).auth.signInWithPassword({ email: demoAccounts.vet.email, password: demoAccounts.vet.password })
);
const photo = new Uint8Array(1024 * 1024).map((_, i) => i % 251);
let n = 0;
const admin = createClient(stack.url, stack.anonKey, opts);
const adminSignIn = await admin.auth.signInWithPassword({ email: demoAccounts.admin.email, password: demoAccounts.admin.password });
if (adminSignIn.error) throw adminSignIn.error;
await timeIt('storage: upload 1 MB photo', 50, async () => {
	const { error } = await admin.storage.from('photos').upload(`bench/${n++}.jpg`, photo, { contentType: 'image/jpeg' });
	if (error) throw error;
});
await timeIt('storage: download 1 MB photo', 50, async () => {
	const { error } = await admin.storage.from('photos').download('bench/0.jpg');
	if (error) throw error;
});
await stack.stop();

// The plain-SQL counterpart: the same query inside a PGlite holding the same rows.
const db = await PGlite.create(join(dataDir, 'db'));
await db.exec("set role service_role");
const sql = await timeIt('plain SQL in PGlite: same select', N, () =>
	db.query(`select s.full_name, s.role, c.code from public.staff s join public.centres c on c.id = s.centre_id where s.role = 'vet'`)
);
await db.close();
console.log(`API overhead over plain SQL (p50): ${(api / sql).toFixed(1)}×`);
rmSync(dataDir, { recursive: true, force: true });
process.exit(0);
