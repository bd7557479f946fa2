import { mkdirSync, writeFileSync, renameSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { createAuthHandler } from './auth/index.ts';
import type { StackConfig } from './config.ts';
import { startDatabase, type RunningDatabase } from './database.ts';
import type { HandlerContext } from './handler.ts';
import { apiKey } from './keys.ts';
import { PROJECT_ROOT, pushMigrations } from './migrations.ts';
import { startAutoAnalyze } from './auto-analyze.ts';
import { startPostgrest, type RunningPostgrest } from './postgrest.ts';
import { RequestGate } from './request-gate.ts';
import { createRestClient } from './rest-client.ts';
import { startRouter } from './router.ts';
import { createStorageHandler } from './storage/index.ts';

export interface StackInfo {
	url: string;
	anonKey: string;
	serviceRoleKey: string;
	dbUrl: string;
}

export interface RunningStack extends StackInfo {
	/**
	 * Applies migrations added since start to the running stack: new API requests wait, the CLI
	 * pushes, PostgREST reloads its schema cache (SIGUSR1), and the waiting requests go on.
	 * Resolves with the CLI's output.
	 */
	applyMigrations(): Promise<string>;
	stop(): Promise<void>;
}

export interface StackOptions {
	/** The folder holding supabase/ (config.toml, migrations/, seed.sql); tests use a copy. */
	projectDir?: string;
}

/** The API schemas (config.toml [api] schemas); the stack adds its own internal ones behind them. */
const EXPOSED_SCHEMAS = ['public'];
const INTERNAL_SCHEMAS = ['storage', 'stack_internal'];

/** Starts database → migrations (and seed when new) → PostgREST → API router, in that order. */
export async function startStack(config: StackConfig, { projectDir = PROJECT_ROOT }: StackOptions = {}): Promise<RunningStack> {
	const log = (msg: string) => config.quiet || console.log(`[stack] ${msg}`);
	mkdirSync(config.dataDir, { recursive: true });
	const [anonKey, serviceRoleKey] = await Promise.all([
		apiKey(config.jwtSecret, 'anon'),
		apiKey(config.jwtSecret, 'service_role')
	]);

	let db: RunningDatabase | undefined;
	let postgrest: RunningPostgrest | undefined;
	let router: Server | undefined;
	const gate = new RequestGate();
	let analyzer: NodeJS.Timeout | undefined;
	const stop = async () => {
		clearInterval(analyzer);
		await new Promise<void>((r) => (router ? router.close(() => r()) : r()));
		router?.closeAllConnections();
		await postgrest?.stop();
		await db?.close();
	};
	try {
		db = await startDatabase(config);
		log(`database ready (${config.externalDbUrl ? 'external Postgres' : 'PGlite'}${db.isNew ? ', new' : ''})`);
		const pushed = await pushMigrations(db.ownerUrl, db.isNew, projectDir);
		if (!config.quiet && /Applying|Seeding/.test(pushed)) process.stdout.write(pushed.trimEnd().replace(/^/gm, '[supabase] ') + '\n');
		postgrest = await startPostgrest({
			dbUrl: db.postgrestUrl,
			poolSize: db.poolSize,
			jwtSecret: config.jwtSecret,
			schemas: [...EXPOSED_SCHEMAS, ...INTERNAL_SCHEMAS],
			maxRows: 1000,
			logFile: join(config.dataDir, 'postgrest.log'),
			pidFile: join(config.dataDir, 'postgrest.pid')
		});
		const pg = postgrest;
		const rest = createRestClient(() => pg.url, serviceRoleKey);
		const ctx: HandlerContext = { config, rest, anonKey, serviceRoleKey };
		router = await startRouter({
			host: config.host,
			port: config.apiPort,
			postgrestUrl: () => pg.url,
			exposedSchemas: EXPOSED_SCHEMAS,
			apiKeys: [anonKey, serviceRoleKey],
			auth: createAuthHandler(ctx),
			storage: createStorageHandler(ctx),
			gate
		});
	} catch (err) {
		await stop().catch(() => {});
		throw err;
	}
	const info: StackInfo = {
		url: `http://${config.host}:${config.apiPort}`,
		anonKey,
		serviceRoleKey,
		dbUrl: db.ownerUrl
	};
	const running = { db, postgrest };
	analyzer = startAutoAnalyze(() => running.postgrest.url, serviceRoleKey, gate, log);
	writeStackJson(config.dataDir, info);
	const applyMigrations = async () => {
		await gate.pause();
		try {
			const output = await pushMigrations(running.db.ownerUrl, false, projectDir);
			await running.postgrest.reloadSchema();
			return output;
		} finally {
			gate.resume();
		}
	};
	return { ...info, applyMigrations, stop };
}

/** Written only once the stack serves, so its presence means "ready" to anyone waiting on it. */
function writeStackJson(dataDir: string, info: StackInfo) {
	const file = join(dataDir, 'stack.json');
	writeFileSync(file + '.tmp', JSON.stringify(info, null, 2) + '\n');
	renameSync(file + '.tmp', file);
}
