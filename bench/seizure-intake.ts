import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { createClient } from '@supabase/supabase-js';
import postgres from 'postgres';
import ws from 'ws';
import { stackConfigFromEnv } from '../supabase/local/config.ts';
import { startDatabase } from '../supabase/local/database.ts';
import { demoAccounts } from '../supabase/local/demo-accounts.ts';
import { pushMigrations } from '../supabase/local/migrations.ts';
import { freePort } from '../supabase/local/postgrest.ts';
import { startStack } from '../supabase/local/stack.ts';
import { BOAT_LOTS, fiveThousandLots, seizurePayload } from './fixtures/seizures.ts';
import { timeCasePage } from './case-page-timing.ts';

/**
 * Whole-seizure intake: the same record_seizure() call in plain SQL inside PGlite (no PostgREST,
 * no HTTP) and end to end through the API (supabase-js → router → PostgREST → PGlite), then the
 * case page of the boat seizure through the built app. Run: npx tsx bench/seizure-intake.ts
 */
const RUNS = Number(process.env.RUNS ?? 5);
// PGlite is WebAssembly: V8 first runs it in its baseline tier and optimises hot code later, so
// the first calls of a fresh instance are slower; both phases get the same warm-up.
const WARMUP = 3;
const KEEPER_ID = '00000000-0000-4000-8000-0000000000a3';
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
let serial = 0;
const caseNumber = () => `BENCH-${process.pid}-${++serial}`;

const dataDir = mkdtempSync(join(tmpdir(), 'rescue-ledger-bench-intake-'));
const config = { ...stackConfigFromEnv({ STACK_QUIET: '1', STACK_AUTH_SIGN_IN_LIMIT: '1000' }), dataDir, apiPort: await freePort(), dbPort: await freePort() };
console.log(`machine: ${cpus().length} × ${cpus()[0].model}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}`);

const workloads = [
	{ name: 'boat seizure, 785 individual animals', lots: BOAT_LOTS },
	{ name: '5,000 individual animals', lots: fiveThousandLots() }
];
const plain: Record<string, number> = {};
let plainBoatCase = '';

// Plain SQL: the same function in a plain SQL session on the same PGlite (through its socket, as
// psql would), as the keeper with the claims PostgREST would set; no PostgREST, no HTTP. (Called
// on the in-process PGlite instead, through PGlite.transaction(), it measured ~1.5× slower still.)
const db = await startDatabase(config);
await pushMigrations(db.ownerUrl, true);
const sql = postgres(db.ownerUrl, { max: 1, onnotice: () => {} });
const asKeeper = (tx: postgres.TransactionSql) =>
	tx`select set_config('request.jwt.claims', ${JSON.stringify({ sub: KEEPER_ID, role: 'authenticated' })}, true), set_config('role', 'authenticated', true)`;
for (const w of workloads) {
	const times: number[] = [];
	for (let i = 0; i < RUNS + WARMUP; i++) {
		// As the stack does every 15 s (supabase/local/auto-analyze.ts); PGlite has no autovacuum.
		if (i === WARMUP) await sql`select stack_internal.auto_analyze()`;
		const number = caseNumber();
		if (w.lots === BOAT_LOTS) plainBoatCase = number;
		const t = performance.now();
		await sql.begin(async (tx) => {
			await asKeeper(tx);
			await tx`select public.record_seizure(${tx.json(seizurePayload(number, w.lots))})`;
		});
		if (i >= WARMUP) times.push(performance.now() - t);
	}
	plain[w.name] = median(times);
	console.log(`plain SQL in PGlite, ${w.name}: ${plain[w.name].toFixed(1)} ms (median of ${RUNS} after ${WARMUP} warm-up runs)`);
}
// The case page's database work in plain SQL: case_page() and the chain verification.
const [{ id: boatId }] = await sql`select id from public.seizure_cases where case_number = ${plainBoatCase}`;
const pageTimes: number[] = [];
for (let i = 0; i < RUNS * 4 + 3; i++) {
	const t = performance.now();
	await sql.begin(async (tx) => {
		await asKeeper(tx);
		await tx`select public.case_page(${boatId}, 1, 50)`;
		await tx`select * from public.verify_custody_chain(${boatId})`;
	});
	if (i >= 3) pageTimes.push(performance.now() - t);
}
console.log(`plain SQL in PGlite, the case page's database work (boat seizure): ${median(pageTimes).toFixed(1)} ms`);
await sql.end();
await db.close();

const stack = await startStack(config);
const opts = { auth: { persistSession: false, autoRefreshToken: false }, realtime: { transport: ws as never } };
const keeper = createClient(stack.url, stack.anonKey, opts);
const signIn = await keeper.auth.signInWithPassword({ email: demoAccounts.keeper.email, password: demoAccounts.keeper.password });
if (signIn.error) throw signIn.error;
let boatCaseId = '';
for (const w of workloads) {
	const times: number[] = [];
	for (let i = 0; i < RUNS + WARMUP; i++) {
		// Let the stack's own auto-analyze (every 15 s) see the warm-up's rows, as it would in use.
		if (i === WARMUP) await new Promise((r) => setTimeout(r, 16_000));
		const t = performance.now();
		const { data, error } = await keeper.rpc('record_seizure', { payload: seizurePayload(caseNumber(), w.lots) });
		if (error) throw error;
		if (i >= WARMUP) times.push(performance.now() - t);
		if (w.lots === BOAT_LOTS) boatCaseId = (data as { caseId: string }).caseId;
	}
	const api = median(times);
	console.log(`API end to end, ${w.name}: ${api.toFixed(1)} ms (median of ${RUNS} after ${WARMUP} warm-up runs), ${(api / plain[w.name]).toFixed(1)}× plain SQL`);
}

await timeCasePage(stack, boatCaseId, RUNS * 4);
await stack.stop();
rmSync(dataDir, { recursive: true, force: true });
