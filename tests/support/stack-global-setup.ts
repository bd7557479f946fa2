import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startStack, type StackInfo } from '../../supabase/local/stack.ts';
import { createScratchDatabase } from './scratch-database.ts';
import { isolatedStackConfig } from './isolated-stack-config.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		lane: 'pglite' | 'postgres';
		stack: StackInfo & { jwtSecret: string; dataDir: string; refreshReuseIntervalSeconds: number };
	}
}

/**
 * One migrated stack per test run and lane, on its own ports and data dir, so that a developer's
 * running `npm run stack` on 54321 is never touched. The postgres lane gets a fresh database.
 */
export default async function setup(project: TestProject) {
	const lane = project.config.provide?.lane ?? 'pglite';
	const dataDir = mkdtempSync(join(tmpdir(), `rescue-ledger-${lane}-`));
	let dropDatabase = async () => {};
	let externalDbUrl: string | undefined;
	if (lane === 'postgres') {
		const scratch = await createScratchDatabase('test');
		externalDbUrl = scratch.url;
		dropDatabase = scratch.drop;
	}
	const config = {
		// A short refresh-token reuse interval, so the contract tests can pass it without waiting 10 s;
		// auth limits far above what the suites need, since every sign-in comes from 127.0.0.1
		// (auth-rate-limit.test.ts starts its own stack to prove the limit).
		...(await isolatedStackConfig(dataDir, {
			STACK_REFRESH_REUSE_INTERVAL_SECONDS: '1',
			STACK_AUTH_SIGN_IN_LIMIT: '1000',
			STACK_AUTH_REFRESH_LIMIT: '1000'
		})),
		externalDbUrl: externalDbUrl ?? null
	};
	const stack = await startStack(config);
	project.provide('stack', {
		url: stack.url,
		anonKey: stack.anonKey,
		serviceRoleKey: stack.serviceRoleKey,
		dbUrl: stack.dbUrl,
		jwtSecret: config.jwtSecret,
		refreshReuseIntervalSeconds: config.refreshTokenReuseIntervalSeconds,
		dataDir
	});
	return async () => {
		await stack.stop();
		await dropDatabase();
		rmSync(dataDir, { recursive: true, force: true });
	};
}
