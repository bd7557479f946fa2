import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { stackConfigFromEnv } from '../supabase/local/config.ts';
import { startDatabase } from '../supabase/local/database.ts';
import { pushMigrations } from '../supabase/local/migrations.ts';
import { freePort } from '../supabase/local/postgrest.ts';
import { startStack } from '../supabase/local/stack.ts';
import { actAs, loadCareCentre } from './fixtures/care-centre.ts';
import { signedInApp } from './signed-in-app.ts';

/**
 * The release planning board on the care benchmark's centre (bench/fixtures/care-centre.ts: 1,230
 * animals in care, every one a candidate): release_board() computes what the records say against
 * each candidate (hold, quarantine, problems, last exam) before it can order them readiest first,
 * so it is the release screen whose cost grows with the centre. Plain SQL in PGlite, then the
 * page through the whole stack as the release team.
 * Run: npx tsx bench/release-speed.ts   (RUNS=20 by default; BENCH_DATA_DIR as in care-speed.ts)
 */
const RUNS = Number(process.env.RUNS ?? 20);
const WARMUP = 3;
const RELEASE_TEAM_ID = '00000000-0000-4000-8000-0000000000a4';
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))].toFixed(1);
const summary = (xs: number[]) => `p50 ${pct(xs, 0.5)} ms, p95 ${pct(xs, 0.95)} ms`;

const kept = process.env.BENCH_DATA_DIR;
const reuse = kept !== undefined && existsSync(join(kept, 'centre.json'));
const dataDir = kept ?? mkdtempSync(join(tmpdir(), 'rescue-ledger-bench-release-'));
const config = { ...stackConfigFromEnv({ STACK_QUIET: '1' }), dataDir, apiPort: await freePort(), dbPort: await freePort() };
console.log(`machine: ${cpus().length} × ${cpus()[0].model}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}`);

const db = await startDatabase(config);
const sql = postgres(db.ownerUrl, { max: 1, onnotice: () => {} });
if (reuse) await pushMigrations(db.ownerUrl, false);
else {
	await pushMigrations(db.ownerUrl, true);
	const centre = await loadCareCentre(sql);
	if (kept) writeFileSync(join(dataDir, 'centre.json'), JSON.stringify(centre));
}
const [counts] = await sql`select (select count(*) from public.animals where status = 'in_care')::int as animals,
  (select count(*) from public.lots where in_care > 0)::int as group_lots`;
console.log(`centre: ${JSON.stringify(counts)}`);

const ms: number[] = [];
let candidates = 0;
for (let i = 0; i < RUNS + WARMUP; i++) {
	const t = performance.now();
	await sql.begin(async (tx) => {
		await tx.unsafe(actAs(RELEASE_TEAM_ID));
		const [{ board }] = await tx`select public.release_board(1, 12) as board`;
		candidates = board.candidates.total;
	});
	if (i >= WARMUP) ms.push(performance.now() - t);
}
console.log(`plain SQL, release_board() page 1 of ${candidates} candidates: ${summary(ms)}`);
await sql.end();
await db.close();

const stack = await startStack(config);
const app = await signedInApp(stack, 'release_team');
try {
	const page: number[] = [];
	for (let i = 0; i < RUNS + WARMUP; i++) {
		const res = await app.fetch('/release');
		const html = await res.text();
		if (res.status !== 200 || !html.includes('Ready to assess')) throw new Error(`/release answered ${res.status}`);
		if (i >= WARMUP) page.push(app.serverTime(res));
	}
	console.log(`stack, the planning board (GET /release), server time: ${summary(page)}`);
} finally {
	app.stop();
	await stack.stop();
	if (!kept) rmSync(dataDir, { recursive: true, force: true });
}
