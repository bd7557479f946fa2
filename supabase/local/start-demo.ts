import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureBuilt, startApp } from './app-server.ts';
import { DEV_JWT_SECRET, stackConfigFromEnv } from './config.ts';
import { demoAccounts, demoPasswordsInUse } from './demo-accounts.ts';
import { startStack } from './stack.ts';

/**
 * `npm start`: the embedded stack with demo data and the built app in front of it, in one
 * foreground process. In production it refuses the development JWT secret and the demo passwords.
 */
const production = process.env.NODE_ENV === 'production';
const port = Number(process.env.PORT ?? 3000);

function refuse(message: string): never {
	console.error(`[start] refusing to start: ${message}`);
	process.exit(1);
}

let config;
try {
	config = stackConfigFromEnv();
} catch (err) {
	refuse(`invalid settings: ${err instanceof Error ? err.message : err}`);
}
if (production && config.jwtSecret === DEV_JWT_SECRET) {
	refuse('NODE_ENV=production with the well-known development JWT secret; set SUPABASE_JWT_SECRET.');
}

try {
	const stack = await startStack(config);
	if (production) {
		const inUse = await demoPasswordsInUse(stack.url, stack.anonKey);
		if (inUse.length > 0) {
			await stack.stop();
			refuse(`NODE_ENV=production and demo passwords still sign in for ${inUse.join(', ')}. Change them first.`);
		}
	}
	ensureBuilt();
	const app = await startApp(stack, port);
	console.log(`\nRescue Ledger is running at http://127.0.0.1:${port}`);
	if (!production) {
		console.log('Demo accounts (development only):');
		for (const [role, a] of Object.entries(demoAccounts)) console.log(`  ${role.padEnd(13)} ${a.email.padEnd(32)} ${a.password}`);
	}
	console.log('Ctrl-C stops both the app and the stack.');
	let stopping = false;
	const shutdown = async (code: number) => {
		if (stopping) return;
		stopping = true;
		app.kill('SIGTERM');
		rmSync(join(config.dataDir, 'stack.json'), { force: true });
		await stack.stop();
		process.exit(code);
	};
	process.once('SIGINT', () => shutdown(0));
	process.once('SIGTERM', () => shutdown(0));
	app.once('exit', (code) => {
		if (stopping) return;
		console.error(`[start] the app exited (${code}); stopping the stack`);
		void shutdown(1);
	});
} catch (err) {
	refuse(err instanceof Error ? err.message : String(err));
}
