import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { stackConfigFromEnv } from '../supabase/local/config.ts';
import { startDatabase } from '../supabase/local/database.ts';
import { pushMigrations } from '../supabase/local/migrations.ts';
import { freePort } from '../supabase/local/postgrest.ts';
import { fiveThousandLots, seizurePayload } from './fixtures/seizures.ts';

/**
 * What the rows of a 5,000-animal intake cost in PGlite before and without our integrity work:
 * the same 5,000 animal rows and 5,000 custody-event rows inserted in plain SQL (1) as the keeper,
 * with RLS, triggers and foreign keys, (2) as the owner (no RLS), and (3) as the owner with
 * session_replication_role = replica, which skips every trigger and foreign-key check (the
 * hashes are then dummies). (3) is the floor under the 1 s target: only heap and index writes.
 * Run: npx tsx bench/intake-floor.ts
 */
const KEEPER_ID = '00000000-0000-4000-8000-0000000000a3';
const ROUNDS = Number(process.env.ROUNDS ?? 5);
const claims = `set_config('request.jwt.claims', '${JSON.stringify({ sub: KEEPER_ID, role: 'authenticated' })}', true)`;
const variants: Record<string, string> = {
	'keeper: RLS, triggers, foreign keys': `select ${claims}, set_config('role', 'authenticated', true)`,
	'owner: triggers and foreign keys, no RLS': `select ${claims}`,
	'owner, replica: no triggers, no foreign keys, no RLS': `select ${claims}, set_config('session_replication_role', 'replica', true)`
};
const ROLL_BACK = new Error('roll back the timed rows');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const dataDir = mkdtempSync(join(tmpdir(), 'rescue-ledger-bench-floor-'));
const config = { ...stackConfigFromEnv({ STACK_QUIET: '1' }), dataDir, apiPort: await freePort(), dbPort: await freePort() };
console.log(`machine: ${cpus().length} × ${cpus()[0].model}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}`);
const db = await startDatabase(config);
await pushMigrations(db.ownerUrl, true);
const sql = postgres(db.ownerUrl, { max: 1, onnotice: () => {} });
const times: Record<string, { animals: number[]; events: number[] }> = {};
let serial = 0;

// Round 0 warms PGlite up (WebAssembly tier-up) and is not counted; then the tables are analysed.
for (let round = 0; round <= ROUNDS; round++) {
	if (round === 1) await sql`select stack_internal.auto_analyze()`;
	for (const [name, setup] of Object.entries(variants)) {
		// The case and its 7 lots as group records, so each variant inserts only the animals and events.
		const [{ r }] = await sql.begin(async (tx) => {
			await tx.unsafe(variants['keeper: RLS, triggers, foreign keys']);
			return tx`select public.record_seizure(${tx.json(seizurePayload(`FLOOR-${++serial}`, fiveThousandLots(), 'group'))}) r`;
		});
		const caseId: string = r.caseId;
		const replica = setup.includes('replica');
		await sql.begin(async (tx) => {
			await tx.unsafe(setup);
			const t0 = performance.now();
			// Codes far above the sequence's range: with the trigger off, nothing assigns them.
			await tx.unsafe(`insert into public.animals (case_id, lot_id, species_id, code)
			  select '${caseId}', l.id, l.species_id, 'PT-2026-' || lpad((900000000 - ${serial} * 10000 + row_number() over ())::text, 9, '0')
			  from public.lots l, generate_series(1, l.count_received) where l.case_id = '${caseId}'`);
			const t1 = performance.now();
			const hashColumns = replica ? ', position, prev_hash, row_hash, recorded_by, subject' : '';
			const hashValues = replica
				? `, 1000 + row_number() over (order by a.code), md5(a.code) || md5(a.code), encode(sha256(a.code::bytea), 'hex'), '${KEEPER_ID}', 'animal'`
				: '';
			await tx.unsafe(`insert into public.custody_events (case_id, animal_id, event_type, occurred_at, place,
			    from_name, from_agency, to_name, to_agency, to_id_number, purpose${hashColumns})
			  select a.case_id, a.id, 'received_at_centre', now(), 'Phnom Tamao', 'Chea Sophal', 'Forestry Administration',
			    'Keeper Dara', 'Phnom Tamao', 'K-12', 'Intake'${hashValues}
			  from public.animals a where a.case_id = '${caseId}' order by a.code`);
			const t2 = performance.now();
			if (round > 0) {
				times[name] ??= { animals: [], events: [] };
				times[name].animals.push(t1 - t0);
				times[name].events.push(t2 - t1);
			}
			// Nothing is kept: the next variant starts from the same table sizes.
			throw ROLL_BACK;
		}).catch((e) => {
			if (e !== ROLL_BACK) throw e;
		});
	}
}
console.log(`5,000 animals + 5,000 custody events, medians of ${ROUNDS} rounds:`);
for (const [name, t] of Object.entries(times)) {
	const a = median(t.animals);
	const e = median(t.events);
	console.log(`  ${name}: animals ${a.toFixed(0)} ms + events ${e.toFixed(0)} ms = ${(a + e).toFixed(0)} ms`);
}
await sql.end();
await db.close();
rmSync(dataDir, { recursive: true, force: true });
