import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pgtap } from '@electric-sql/pglite-pgtap';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { stackConfigFromEnv } from '../../supabase/local/config.ts';
import { startDatabase, type RunningDatabase } from '../../supabase/local/database.ts';
import { pushMigrations } from '../../supabase/local/migrations.ts';
import { freePort } from '../../supabase/local/postgrest.ts';
import { createScratchDatabase } from '../support/scratch-database.ts';
import { tapFailures } from '../support/tap.ts';

/**
 * The pgTAP files of supabase/tests, one test each. PGlite lane: a database of its own with the
 * pgTAP extension (the shared stack's PGlite belongs to its PostgREST). PostgreSQL lane: a fresh
 * database too, on a server with pgTAP installed (.ci/run installs it).
 */
const TESTS_DIR = join(import.meta.dirname, '..', '..', 'supabase', 'tests');
const files = readdirSync(TESTS_DIR, { recursive: true, encoding: 'utf8' })
	.filter((f) => f.endsWith('.test.sql'))
	.sort();

type RunSql = (text: string) => Promise<unknown[]>;

describe('SQL tests (pgTAP), per actor', () => {
	let run: RunSql;
	let cleanup = async () => {};

	beforeAll(async () => {
		if (inject('lane') === 'postgres') {
			// A database of its own, as in the PGlite lane: the contract suites write to the lane's.
			const scratch = await createScratchDatabase('sql_tests');
			const config = { ...stackConfigFromEnv({ STACK_QUIET: '1' }), externalDbUrl: scratch.url };
			await (await startDatabase(config)).close();
			await pushMigrations(scratch.url, true);
			const sql = postgres(scratch.url, { max: 1, onnotice: () => {} });
			const [{ available }] = await sql`select count(*) > 0 as available from pg_available_extensions where name = 'pgtap'`;
			if (!available) throw new Error('pgTAP is not installed on this PostgreSQL: apt-get install postgresql-15-pgtap');
			run = async (text) => (await sql.unsafe(text).simple()).flat();
			cleanup = async () => {
				await sql.end();
				await scratch.drop();
			};
			return;
		}
		const dataDir = mkdtempSync(join(tmpdir(), 'rescue-ledger-sql-tests-'));
		const config = { ...stackConfigFromEnv({ STACK_QUIET: '1' }), dataDir, dbPort: await freePort(), externalDbUrl: null };
		const db: RunningDatabase = await startDatabase(config, { pgtap });
		await pushMigrations(db.ownerUrl, true);
		run = async (text) => (await db.pglite!.exec(text)).flatMap((r) => r.rows);
		cleanup = async () => {
			await db.close();
			rmSync(dataDir, { recursive: true, force: true });
		};
	}, 120_000);

	afterAll(() => cleanup());

	it.each(files)('%s', async (file) => {
		// pg_prove gives each file a session of its own; one session reset (pgTAP keeps its plan in
		// temp tables) stands in for that. A file that errors leaves its transaction aborted: close it.
		await run('discard all');
		const rows = await run(readFileSync(join(TESTS_DIR, file), 'utf8')).catch(async (err: Error) => {
			await run('rollback').catch(() => {});
			throw err;
		});
		expect(tapFailures(rows), `${relative(process.cwd(), join(TESTS_DIR, file))}`).toEqual([]);
	});
});
