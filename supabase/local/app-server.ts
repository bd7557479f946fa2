import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from './migrations.ts';
import type { StackInfo } from './stack.ts';

/** Newest modification time under a folder, to tell whether build/ is older than its sources. */
function newestMtime(dir: string): number {
	let newest = 0;
	for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
		if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
	}
	return newest;
}

/** Runs `vite build` unless build/ is newer than src/, static/ and the configs. */
export function ensureBuilt(log: (msg: string) => void = console.log): void {
	const built = join(PROJECT_ROOT, 'build', 'index.js');
	const sources = Math.max(
		newestMtime(join(PROJECT_ROOT, 'src')),
		newestMtime(join(PROJECT_ROOT, 'static')),
		...['svelte.config.js', 'vite.config.ts', 'package-lock.json'].map((f) => statSync(join(PROJECT_ROOT, f)).mtimeMs)
	);
	if (existsSync(built) && statSync(built).mtimeMs > sources) return;
	log('building the app (vite build)…');
	const result = spawnSync(join(PROJECT_ROOT, 'node_modules', '.bin', 'vite'), ['build', '--logLevel', 'warn'], {
		cwd: PROJECT_ROOT,
		stdio: 'inherit'
	});
	if (result.status !== 0) throw new Error('vite build failed');
}

/**
 * Starts the built app (adapter-node) pointed at the given Supabase API; resolves once it answers.
 * APP_NODE names another Node binary to run it with (CI checks the LTS releases users deploy on).
 */
export async function startApp(stack: StackInfo, port: number, extraEnv: Record<string, string> = {}): Promise<ChildProcess> {
	const origin = `http://127.0.0.1:${port}`;
	const child = spawn(process.env.APP_NODE || process.execPath, [join(PROJECT_ROOT, 'build', 'index.js')], {
		cwd: PROJECT_ROOT,
		env: {
			...process.env,
			HOST: '127.0.0.1',
			PORT: String(port),
			ORIGIN: origin,
			// adapter-node refuses bodies over 512 KB by default; a phone photo is several MB and
			// the photos bucket takes up to 25 MB (multipart adds a little).
			BODY_SIZE_LIMIT: process.env.BODY_SIZE_LIMIT ?? '27M',
			PUBLIC_SUPABASE_URL: stack.url,
			PUBLIC_SUPABASE_ANON_KEY: stack.anonKey,
			SUPABASE_SERVICE_ROLE_KEY: stack.serviceRoleKey,
			...extraEnv
		},
		stdio: ['ignore', 'inherit', 'inherit']
	});
	let lastError: unknown;
	for (let i = 0; i < 300; i++) {
		if (child.exitCode !== null) throw new Error(`the app exited with code ${child.exitCode}`);
		try {
			await fetch(`${origin}/login`);
			return child;
		} catch (err) {
			lastError = err;
			await new Promise((r) => setTimeout(r, 100));
		}
	}
	child.kill();
	// e.g. "bad port": fetch refuses the ports browsers block (4190 is one), whatever listens there.
	const cause = lastError instanceof Error ? ` (${lastError.message}: ${String(lastError.cause)})` : '';
	throw new Error(`the app did not answer within 30 s${cause}`);
}
