import { rmSync, watch } from 'node:fs';
import { join } from 'node:path';
import { stackConfigFromEnv } from './config.ts';
import { PROJECT_ROOT } from './migrations.ts';
import { startStack, type RunningStack } from './stack.ts';

/**
 * `npm run stack`: the embedded Supabase stack in the foreground until Ctrl-C. A migration file
 * added or changed in supabase/migrations while it runs is applied at once (or on SIGHUP).
 */
const config = stackConfigFromEnv();
try {
	const stack = await startStack(config);
	console.log(JSON.stringify({ url: stack.url, anonKey: stack.anonKey, serviceRoleKey: stack.serviceRoleKey, dbUrl: stack.dbUrl }, null, 2));
	console.log(`[stack] serving ${stack.url} (Ctrl-C stops)`);
	const migrate = migrateOnChange(stack);
	let stopping = false;
	const shutdown = async () => {
		if (stopping) return;
		stopping = true;
		rmSync(join(config.dataDir, 'stack.json'), { force: true });
		await stack.stop();
		process.exit(0);
	};
	process.on('SIGINT', shutdown);
	process.on('SIGTERM', shutdown);
	process.on('SIGHUP', migrate);
} catch (err) {
	console.error(`[stack] failed to start: ${err instanceof Error ? err.message : err}`);
	process.exit(1);
}

/** Debounced: an editor saving a file fires several events; one push after they settle. */
function migrateOnChange(stack: RunningStack): () => void {
	let timer: NodeJS.Timeout | undefined;
	let running = Promise.resolve();
	const migrate = () => {
		clearTimeout(timer);
		timer = setTimeout(() => {
			running = running.then(async () => {
				try {
					const out = await stack.applyMigrations();
					if (/Applying/.test(out)) console.log(out.trimEnd().replace(/^/gm, '[supabase] '));
				} catch (err) {
					// A broken migration is the developer's to fix; the stack keeps serving the old schema.
					console.error(`[stack] migration failed: ${err instanceof Error ? err.message : err}`);
				}
			});
		}, 300);
	};
	watch(join(PROJECT_ROOT, 'supabase', 'migrations'), migrate);
	return migrate;
}
