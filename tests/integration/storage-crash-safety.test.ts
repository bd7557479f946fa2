import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createClient } from '@supabase/supabase-js';
import { afterAll, describe, expect, it } from 'vitest';
import ws from 'ws';
import { startStack, type RunningStack } from '../../supabase/local/stack.ts';
import { versionPath } from '../support/storage-files.ts';
import { isolatedStackConfig } from '../support/isolated-stack-config.ts';

/**
 * The sweep at start removes the version files that a crash left without a row (and only those old
 * enough never to be an upload in flight). It needs PostgREST, so the files are planted in the data
 * dir of a stopped stack of its own, which then starts again.
 */
describe('storage orphan sweep at start', () => {
	const dataDir = mkdtempSync(join(tmpdir(), 'rescue-ledger-sweep-'));
	const storage = join(dataDir, 'storage');
	let stack: RunningStack | undefined;
	afterAll(async () => {
		await stack?.stop();
		rmSync(dataDir, { recursive: true, force: true });
	});

	const start = async () => {
		stack = await startStack(await isolatedStackConfig(dataDir));
		return createClient(stack.url, stack.serviceRoleKey, { auth: { persistSession: false }, realtime: { transport: ws as never } });
	};
	const plant = (file: string, ageMs: number) => {
		const path = join(storage, file);
		mkdirSync(dirname(path), { recursive: true });
		if (!existsSync(path)) writeFileSync(path, 'no row names these bytes');
		const when = new Date(Date.now() - ageMs);
		utimesSync(path, when, when);
		return file;
	};

	it('removes old orphans, keeps fresh ones and every row\'s file', { timeout: 180_000 }, async () => {
		let service = await start();
		expect((await service.storage.createBucket('sweep', { public: false })).error).toBeNull();
		for (const key of ['kept.txt', 'nested/photo.txt']) {
			expect((await service.storage.from('sweep').upload(key, `bytes of ${key}`, { contentType: 'text/plain' })).error).toBeNull();
		}
		const kept = versionPath('sweep', 'kept.txt', (await service.storage.from('sweep').info('kept.txt')).data!.version);
		const nested = versionPath('sweep', 'nested/photo.txt', (await service.storage.from('sweep').info('nested/photo.txt')).data!.version);
		await stack!.stop();
		stack = undefined;

		const twoMinutes = 2 * 60_000;
		const oldOrphans = [
			plant(versionPath('sweep', 'never-written.txt', randomUUID()), twoMinutes),
			plant(versionPath('sweep', 'kept.txt', randomUUID()), twoMinutes)
		];
		const fresh = plant(versionPath('sweep', 'in-flight.txt', randomUUID()), 0);
		plant(kept, twoMinutes);
		plant(nested, twoMinutes);

		service = await start();
		for (let i = 0; i < 200 && oldOrphans.some((f) => existsSync(join(storage, f))); i++) {
			await new Promise((r) => setTimeout(r, 100));
		}
		for (const file of oldOrphans) expect(existsSync(join(storage, file)), file).toBe(false);
		expect(existsSync(join(storage, fresh))).toBe(true);
		expect(existsSync(join(storage, kept))).toBe(true);
		expect(existsSync(join(storage, nested))).toBe(true);
		for (const key of ['kept.txt', 'nested/photo.txt']) {
			const { data } = await service.storage.from('sweep').download(key);
			expect(await data?.text()).toBe(`bytes of ${key}`);
		}
	});
});
