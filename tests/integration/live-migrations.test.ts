import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '@supabase/supabase-js';
import { afterAll, describe, expect, it } from 'vitest';
import ws from 'ws';
import { PROJECT_ROOT } from '../../supabase/local/migrations.ts';
import { startStack, type RunningStack } from '../../supabase/local/stack.ts';
import { isolatedStackConfig } from '../support/isolated-stack-config.ts';

/**
 * A migration added while the stack runs is applied by the Supabase CLI and becomes visible
 * through the API (PostgREST's schema cache reloaded with SIGUSR1), while requests that arrive
 * during the migration wait rather than fail.
 */
describe('migrations applied to a running stack', () => {
	const root = mkdtempSync(join(tmpdir(), 'rescue-ledger-live-migrations-'));
	let stack: RunningStack | undefined;
	afterAll(async () => {
		await stack?.stop();
		rmSync(root, { recursive: true, force: true });
	});

	it('serves a table created after start', { timeout: 120_000 }, async () => {
		const projectDir = join(root, 'project');
		cpSync(join(PROJECT_ROOT, 'supabase'), join(projectDir, 'supabase'), {
			recursive: true,
			filter: (src) => !src.includes(`${join('supabase', 'local')}`) && !src.includes('.temp')
		});
		stack = await startStack(await isolatedStackConfig(join(root, 'data')), { projectDir });
		const service = createClient(stack.url, stack.serviceRoleKey, {
			auth: { persistSession: false },
			realtime: { transport: ws as never }
		});
		const before = await service.from('migration_probe').select('note');
		expect(before.error?.code).toBe('42P01'); // PostgREST 12.0: relation not in the schema cache

		writeFileSync(
			join(projectDir, 'supabase', 'migrations', '29991231000000_create_migration_probe.sql'),
			`create table public.migration_probe (id int primary key, note text);
			 insert into public.migration_probe values (1, 'applied while running');`
		);
		const migrating = stack.applyMigrations();
		const during = Array.from({ length: 20 }, () => service.from('centres').select('code').eq('code', 'PT'));
		const output = await migrating;
		expect(output).toContain('29991231000000_create_migration_probe.sql');
		for (const res of await Promise.all(during)) expect(res.data).toEqual([{ code: 'PT' }]);

		const after = await service.from('migration_probe').select('note');
		expect(after.data).toEqual([{ note: 'applied while running' }]);
	});
});
