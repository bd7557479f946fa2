import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { stackConfigFromEnv } from './config.ts';
import { startStack } from './stack.ts';

/** `npm run stack`: the embedded Supabase stack in the foreground until Ctrl-C. */
const config = stackConfigFromEnv();
try {
	const stack = await startStack(config);
	console.log(JSON.stringify({ url: stack.url, anonKey: stack.anonKey, serviceRoleKey: stack.serviceRoleKey, dbUrl: stack.dbUrl }, null, 2));
	console.log(`[stack] serving ${stack.url} (Ctrl-C stops)`);
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
} catch (err) {
	console.error(`[stack] failed to start: ${err instanceof Error ? err.message : err}`);
	process.exit(1);
}
