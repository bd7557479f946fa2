import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { createClient } from '@supabase/supabase-js';
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

// Plain SQL: the function called directly in PGlite as the keeper, as PostgREST would set it up.
const db = await startDatabase(config);
await pushMigrations(db.ownerUrl, true);
for (const w of workloads) {
	const times: number[] = [];
	for (let i = 0; i < RUNS + 1; i++) {
		const t = performance.now();
		await db.pglite!.transaction(async (tx) => {
			await tx.query(`select set_config('request.jwt.claims', $1, true), set_config('role', 'authenticated', true)`, [
				JSON.stringify({ sub: KEEPER_ID, role: 'authenticated' })
			]);
			await tx.query('select public.record_seizure($1)', [JSON.stringify(seizurePayload(caseNumber(), w.lots))]);
		});
		if (i > 0) times.push(performance.now() - t);
	}
	plain[w.name] = median(times);
	console.log(`plain SQL in PGlite, ${w.name}: ${plain[w.name].toFixed(1)} ms (median of ${RUNS})`);
}
// The case page's reads in plain SQL: header, lots with species, items, first 50 events, chain.
const { rows } = await db.pglite!.query<{ id: string }>(`select id from public.seizure_cases where case_number = $1`, [`BENCH-${process.pid}-2`]);
const reads = [
	'select * from public.seizure_cases where id = $1',
	'select l.*, s.* from public.lots l join public.species s on s.id = l.species_id where l.case_id = $1',
	'select lot_id, status, count(*) from public.animals where case_id = $1 group by 1, 2',
	'select * from public.evidence_items where case_id = $1',
	'select * from public.custody_events where case_id = $1 order by position limit 50',
	'select * from public.verify_custody_chain($1)'
];
const pageTimes: number[] = [];
for (let i = 0; i < RUNS * 4 + 3; i++) {
	const t = performance.now();
	for (const sql of reads) await db.pglite!.query(sql, [rows[0].id]);
	if (i >= 3) pageTimes.push(performance.now() - t);
}
console.log(`plain SQL in PGlite, the case page's reads (boat seizure): ${median(pageTimes).toFixed(1)} ms`);
await db.close();

const stack = await startStack(config);
const opts = { auth: { persistSession: false, autoRefreshToken: false }, realtime: { transport: ws as never } };
const keeper = createClient(stack.url, stack.anonKey, opts);
const signIn = await keeper.auth.signInWithPassword({ email: demoAccounts.keeper.email, password: demoAccounts.keeper.password });
if (signIn.error) throw signIn.error;
let boatCaseId = '';
for (const w of workloads) {
	const times: number[] = [];
	for (let i = 0; i < RUNS + 1; i++) {
		const t = performance.now();
		const { data, error } = await keeper.rpc('record_seizure', { payload: seizurePayload(caseNumber(), w.lots) });
		if (error) throw error;
		if (i > 0) times.push(performance.now() - t);
		if (w.lots === BOAT_LOTS) boatCaseId = (data as { caseId: string }).caseId;
	}
	const api = median(times);
	console.log(`API end to end, ${w.name}: ${api.toFixed(1)} ms (median of ${RUNS}), ${(api / plain[w.name]).toFixed(1)}× plain SQL`);
}

await timeCasePage(stack, boatCaseId, RUNS * 4);
await stack.stop();
rmSync(dataDir, { recursive: true, force: true });
