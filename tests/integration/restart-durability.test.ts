import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '@supabase/supabase-js';
import { afterAll, describe, expect, it } from 'vitest';
import ws from 'ws';
import { freePort } from '../../supabase/local/postgrest.ts';
import { spawnStack, type StackProcess } from '../support/stack-process.ts';

/**
 * What the API acknowledged as saved survives the stack being killed with SIGKILL (no shutdown
 * hook runs) and started again on the same data dir.
 */
describe('restart durability', () => {
	const dataDir = mkdtempSync(join(tmpdir(), 'rescue-ledger-durability-'));
	let running: StackProcess | undefined;
	afterAll(async () => {
		if (running?.child.exitCode === null) await running.crash();
		rmSync(dataDir, { recursive: true, force: true });
	});

	it('keeps every acknowledged write across a SIGKILL', { timeout: 180_000 }, async () => {
		const env = { STACK_DATA_DIR: dataDir, STACK_API_PORT: String(await freePort()), STACK_DB_PORT: String(await freePort()) };
		running = await spawnStack(env);
		const service = () =>
			createClient(running!.info.url, running!.info.serviceRoleKey, {
				auth: { persistSession: false },
				realtime: { transport: ws as never }
			});
		const rows = Array.from({ length: 50 }, (_, i) => ({
			code: 'D' + String.fromCharCode(65 + Math.floor(i / 26)) + String.fromCharCode(65 + (i % 26)),
			name: `Durability centre ${i}`
		}));
		for (const row of rows) {
			const { error } = await service().from('centres').insert(row);
			expect(error).toBeNull();
		}
		const last = await service().from('centres').update({ name_km: 'រក្សាទុក' }).eq('code', rows[49].code).select('code');
		expect(last.data).toHaveLength(1);

		await running.crash();
		running = await spawnStack(env);

		const { data, error } = await service()
			.from('centres')
			.select('code, name, name_km')
			.like('name', 'Durability centre %')
			.order('code');
		expect(error).toBeNull();
		expect(data?.map((r) => r.code)).toEqual(rows.map((r) => r.code).sort());
		expect(data?.find((r) => r.code === rows[49].code)?.name_km).toBe('រក្សាទុក');
	});
});
