import { spawn } from 'node:child_process';
import { join } from 'node:path';

export const PROJECT_ROOT = join(import.meta.dirname, '..', '..');
const CLI = join(PROJECT_ROOT, 'node_modules', '.bin', 'supabase');

/**
 * Runs the Supabase CLI (the same one that targets a hosted project). Resolves with its standard
 * output; its diagnostics (stderr) are kept for the error message.
 */
export function supabaseCli(args: string[], { mergeStderr = true, projectDir = PROJECT_ROOT } = {}): Promise<string> {
	return new Promise((resolve, reject) => {
		const child = spawn(CLI, [...args, '--workdir', projectDir], {
			cwd: projectDir,
			env: { ...process.env, PGSSLMODE: 'disable', SUPABASE_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1' },
			stdio: ['ignore', 'pipe', 'pipe']
		});
		let out = '';
		let diagnostics = '';
		child.stdout.on('data', (d) => (out += d));
		child.stderr.on('data', (d) => (mergeStderr ? (out += d) : (diagnostics += d)));
		child.on('error', reject);
		child.on('close', (code) =>
			code === 0 ? resolve(out) : reject(new Error(`supabase ${args[0]} ${args[1] ?? ''} failed (${code}):\n${diagnostics}${out}`))
		);
	});
}

/**
 * Applies supabase/migrations (and supabase/seed.sql when the database is new) with `supabase db push`.
 * `projectDir` is the folder holding supabase/ (tests use a copy).
 */
export async function pushMigrations(dbUrl: string, withSeed: boolean, projectDir = PROJECT_ROOT): Promise<string> {
	const args = ['db', 'push', `--remote=${dbUrl}`, '--yes'];
	if (withSeed) args.push('--include-seed');
	return supabaseCli(args, { projectDir });
}
