import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freePort } from '../../supabase/local/postgrest.ts';

/** `npm start` with NODE_ENV=production refuses what only a demo may use. */
function start(env: Record<string, string>) {
	const result = spawnSync(process.execPath, ['--import', 'tsx', 'supabase/local/start-demo.ts'], {
		env: { ...process.env, NODE_ENV: 'production', STACK_QUIET: '1', ...env },
		encoding: 'utf8',
		timeout: 120_000
	});
	return { status: result.status, stderr: result.stderr };
}

describe('the start command in production', () => {
	it('refuses the development JWT secret', () => {
		const { status, stderr } = start({ SUPABASE_JWT_SECRET: '' });
		expect(status).toBe(1);
		expect(stderr).toContain('set SUPABASE_JWT_SECRET');
	});

	it('refuses to serve while the demo passwords sign in', { timeout: 150_000 }, async () => {
		const dataDir = mkdtempSync(join(tmpdir(), 'rescue-ledger-production-'));
		try {
			const { status, stderr } = start({
				SUPABASE_JWT_SECRET: 'a-production-secret-that-is-long-enough-0123456789',
				STACK_DATA_DIR: dataDir,
				STACK_API_PORT: String(await freePort()),
				STACK_DB_PORT: String(await freePort())
			});
			expect(status).toBe(1);
			expect(stderr).toContain('demo passwords still sign in for admin@rescue-ledger.test');
			expect(stderr).toContain('prosecutor@rescue-ledger.test');
		} finally {
			rmSync(dataDir, { recursive: true, force: true });
		}
	});
});
