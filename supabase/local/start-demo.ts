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
const config = stackConfigFromEnv();
const port = Number(process.env.PORT ?? 3000);

function refuse(message: string): never {
	console.error(`[start] refusing to start: ${message}`);
	process.exit(1);
}

if (production && config.jwtSecret === DEV_JWT_SECRET) {
	refuse('NODE_ENV=production with the well-known development JWT secret; set SUPABASE_JWT_SECRET.');
}

try {
	ensureBuilt();
	const stack = await startStack(config);
	if (production) {
		const inUse = await demoPasswordsInUse(stack.url, stack.anonKey);
		if (inUse.length > 0) {
			await stack.stop();
			refuse(`NODE_ENV=production and demo passwords still sign in for ${inUse.join(', ')}. Change them first.`);
		}
	}
	const app = await startApp(stack, port);
	const url = `http://127.0.0.1:${port}`;
	console.log(`\nRescue Ledger is running at ${url}`);
	if (!production) {
		console.log('Demo accounts (development only):');
		for (const [role, a] of Object.entries(demoAccounts)) console.log(`  ${role.padEnd(13)} ${a.email.padEnd(32)} ${a.password}`);
	}
	console.log('Ctrl-C stops both the app and the stack.');
	const shutdown = async () => {
		app.kill('SIGTERM');
		rmSync(join(config.dataDir, 'stack.json'), { force: true });
		await stack.stop();
		process.exit(0);
	};
	process.once('SIGINT', shutdown);
	process.once('SIGTERM', shutdown);
	app.once('exit', (code) => {
		console.error(`[start] the app exited (${code}); stopping the stack`);
		void stack.stop().then(() => process.exit(1));
	});
} catch (err) {
	refuse(err instanceof Error ? err.message : String(err));
}
