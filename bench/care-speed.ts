import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { stackConfigFromEnv } from '../supabase/local/config.ts';
import { startDatabase } from '../supabase/local/database.ts';
import { pushMigrations } from '../supabase/local/migrations.ts';
import { freePort } from '../supabase/local/postgrest.ts';
import { startStack } from '../supabase/local/stack.ts';
import { actAs, BENCH_KEEPER_ID, BENCH_VET_ID, loadCareCentre } from './fixtures/care-centre.ts';
import { ANIMAL_PAGE_SQL } from './fixtures/animal-page-sql.ts';
import { signedInApp } from './signed-in-app.ts';

/**
 * Issue 4's speed targets on a centre of 1,200 animals, 1,000,000 feeding logs and 20,000
 * treatments (bench/fixtures/care-centre.ts): the daily round page and the animal page (server
 * time from the app's Server-Timing header, < 50 ms each), logging a feeding (< 20 ms) and, with
 * no target, the care dashboard, each
 * with its plain-SQL counterpart: the same database work as the keeper in a plain SQL session on
 * the same PGlite, without PostgREST, HTTP or rendering.
 * Run: npx tsx bench/care-speed.ts   (RUNS=30 by default; BENCH_DATA_DIR=/some/dir keeps the loaded
 * centre there and reuses it on the next run, which then skips the two-minute load)
 */
const RUNS = Number(process.env.RUNS ?? 30);
const WARMUP = 5;
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))].toFixed(1);
const summary = (xs: number[]) => `p50 ${pct(xs, 0.5)} ms, p95 ${pct(xs, 0.95)} ms`;

const kept = process.env.BENCH_DATA_DIR;
const reuse = kept !== undefined && existsSync(join(kept, 'centre.json'));
const dataDir = kept ?? mkdtempSync(join(tmpdir(), 'rescue-ledger-bench-care-'));
const config = { ...stackConfigFromEnv({ STACK_QUIET: '1' }), dataDir, apiPort: await freePort(), dbPort: await freePort() };
console.log(`machine: ${cpus().length} × ${cpus()[0].model}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}`);

const db = await startDatabase(config);
const sql = postgres(db.ownerUrl, { max: 1, onnotice: () => {} });
const loadStarted = performance.now();
let centre: Awaited<ReturnType<typeof loadCareCentre>>;
if (reuse) {
	// Migrations added since the centre was loaded: the plain-SQL lines below run before the stack would push them.
	await pushMigrations(db.ownerUrl, false);
	centre = JSON.parse(readFileSync(join(dataDir, 'centre.json'), 'utf8'));
}
else {
	await pushMigrations(db.ownerUrl, true);
	centre = await loadCareCentre(sql);
	if (kept) writeFileSync(join(dataDir, 'centre.json'), JSON.stringify(centre));
}
const [counts] = await sql`select (select count(*) from public.animals where status = 'in_care')::int as animals,
  (select count(*) from public.feeding_logs)::int as feeding_logs, (select count(*) from public.prescriptions)::int as prescriptions`;
console.log(`loaded in ${((performance.now() - loadStarted) / 1000).toFixed(0)} s: ${JSON.stringify(counts)}`);

async function plain(label: string, work: (tx: postgres.TransactionSql) => Promise<unknown>, who = BENCH_KEEPER_ID) {
	const ms: number[] = [];
	for (let i = 0; i < RUNS + WARMUP; i++) {
		const t = performance.now();
		await sql.begin(async (tx) => {
			await tx.unsafe(actAs(who));
			await work(tx);
		});
		if (i >= WARMUP) ms.push(performance.now() - t);
	}
	console.log(`plain SQL, ${label}: ${summary(ms)}`);
}
await plain('page 1 of the daily round of a 123-animal section (daily_round, 40 plans a page)', (tx) => tx`select public.daily_round(${centre.areaId})`);
await plain('the animal page\'s queries', async (tx) => {
	for (const statement of ANIMAL_PAGE_SQL) await tx.unsafe(statement, [centre.animalCode]);
});
await plain('an animal\'s feeding history (latest 10 logs)', (tx) => tx`select * from public.feeding_logs
  where animal_id = (select id from public.animals where code = ${centre.animalCode}) order by fed_on desc, id desc limit 10`);
await plain('logging a feeding (one insert)', (tx) => tx`insert into public.feeding_logs (client_key, diet_plan_id, fed_on, slot, outcome)
  values (gen_random_uuid(), ${centre.planId}, public.centre_today(), 2, 'eaten_all')`);
await plain('the care dashboard, 12 months (care_dashboard), as the vet', (tx) => tx`select public.care_dashboard(12)`, BENCH_VET_ID);
await sql.end();
await db.close();

const stack = await startStack(config);
const app = await signedInApp(stack, 'keeper');
try {
	const session: number[] = [];
	let bytes = 0;
	const page = async (path: string, mustContain: string) => {
		const ms: number[] = [];
		for (let i = 0; i < RUNS + WARMUP; i++) {
			const res = await app.fetch(path);
			const html = await res.text();
			if (res.status !== 200 || !html.includes(mustContain)) throw new Error(`${path} answered ${res.status}`);
			bytes = html.length;
			if (i >= WARMUP) {
				ms.push(app.serverTime(res));
				session.push(app.sessionTime(res));
			}
		}
		return ms;
	};
	console.log(`stack, the daily round page (GET /keeper/round/{section}, its first page), server time: ${summary(await page(`/keeper/round/${centre.areaId}`, 'Bench pen'))}, ${(bytes / 1024).toFixed(0)} KiB of HTML`);
	console.log(`stack, the animal page (GET /animals/{code}), server time: ${summary(await page(`/animals/${centre.animalCode}`, centre.animalCode))}, ${(bytes / 1024).toFixed(0)} KiB of HTML`);
	console.log(`stack, the care dashboard (GET /dashboard), server time: ${summary(await page('/dashboard', 'Bench section'))}, ${(bytes / 1024).toFixed(0)} KiB of HTML`);
	const logging: number[] = [];
	for (let i = 0; i < RUNS + WARMUP; i++) {
		const res = await app.fetch(`/keeper/round/${centre.areaId}?/logFeeding`, {
			method: 'POST',
			headers: { 'x-sveltekit-action': 'true', 'content-type': 'application/x-www-form-urlencoded' },
			body: new URLSearchParams({ clientKey: crypto.randomUUID(), dietPlanId: centre.planId, fedOn: todayInCentre(), slot: '2', outcome: 'eaten_all' })
		});
		const body = await res.text();
		if (res.status !== 200 || !body.includes('"type":"success"')) throw new Error(`logging answered ${res.status}: ${body.slice(0, 300)}`);
		if (i >= WARMUP) logging.push(app.serverTime(res));
	}
	console.log(`stack, logging a feeding (POST ?/logFeeding as use:enhance sends it), server time: ${summary(logging)}`);
	console.log(`stack, of which checking the session (current_staff()), over both pages: ${summary(session)}`);
} finally {
	app.stop();
	await stack.stop();
	if (!kept) rmSync(dataDir, { recursive: true, force: true });
}

function todayInCentre(): string {
	return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Phnom_Penh' }).format(new Date());
}
