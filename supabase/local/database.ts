import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite, type Extensions } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { citext } from '@electric-sql/pglite/contrib/citext';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { pgcrypto } from '@electric-sql/pglite/contrib/pgcrypto';
import { uuid_ossp } from '@electric-sql/pglite/contrib/uuid_ossp';
import postgres from 'postgres';
import type { StackConfig } from './config.ts';

export interface RunningDatabase {
	/** What the Supabase CLI and psql connect to, as the database owner. */
	ownerUrl: string;
	/** What PostgREST connects to. */
	postgrestUrl: string;
	/** True when no migration has ever been applied: the seed runs then, and only then. */
	isNew: boolean;
	/** How many connections PostgREST may open. */
	poolSize: number;
	/** The PGlite instance itself (PGlite mode only): for tests that run SQL before PostgREST starts. */
	pglite?: PGlite;
	close(): Promise<void>;
}

const SQL_DIR = join(import.meta.dirname, 'sql');

/** The platform SQL (roles, auth, storage, the stack's RPC functions), in file-name order. */
export function platformSql(): string {
	return readdirSync(SQL_DIR)
		.filter((f) => f.endsWith('.sql'))
		.sort()
		.map((f) => readFileSync(join(SQL_DIR, f), 'utf8'))
		.join('\n');
}

const MIGRATED_CHECK = `select to_regclass('supabase_migrations.schema_migrations') is not null as migrated`;

/** `extensions` adds PGlite extensions beyond the platform's (e.g. pgTAP for the SQL tests). */
export async function startDatabase(config: StackConfig, extensions: Extensions = {}): Promise<RunningDatabase> {
	return config.externalDbUrl ? useExternal(config.externalDbUrl) : startPglite(config, extensions);
}

async function startPglite(config: StackConfig, extensions: Extensions): Promise<RunningDatabase> {
	const dataDir = join(config.dataDir, 'db');
	mkdirSync(dataDir, { recursive: true });
	const db = await PGlite.create({
		dataDir,
		extensions: { pgcrypto, uuid_ossp, pg_trgm, citext, btree_gist, ...extensions }
	});
	const { rows } = await db.query<{ migrated: boolean }>(MIGRATED_CHECK);
	await db.exec(platformSql());
	const server = new PGLiteSocketServer({ db, port: config.dbPort, host: config.host, maxConnections: 20 });
	await server.start();
	const url = `postgres://postgres@${config.host}:${config.dbPort}/postgres`;
	return {
		ownerUrl: url,
		postgrestUrl: url,
		isNew: !rows[0].migrated,
		// pglite-socket multiplexes every client onto one session: PostgREST must keep to one.
		poolSize: 1,
		pglite: db,
		async close() {
			await server.stop();
			await db.close();
		}
	};
}

async function useExternal(url: string): Promise<RunningDatabase> {
	const sql = postgres(url, { max: 1, onnotice: () => {} });
	try {
		const [{ migrated }] = await sql.unsafe<{ migrated: boolean }[]>(MIGRATED_CHECK);
		await sql.unsafe(platformSql());
		const parsed = new URL(url);
		// As on Supabase, PostgREST logs in as authenticator and switches to the JWT's role.
		if (!parsed.password) parsed.username = 'authenticator';
		return { ownerUrl: url, postgrestUrl: parsed.toString(), isNew: !migrated, poolSize: 10, close: async () => {} };
	} finally {
		await sql.end();
	}
}

export function dataDirExists(config: StackConfig): boolean {
	return existsSync(join(config.dataDir, 'db', 'PG_VERSION'));
}
