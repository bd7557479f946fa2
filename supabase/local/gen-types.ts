import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { stackConfigFromEnv } from './config.ts';
import { startDatabase } from './database.ts';
import { PROJECT_ROOT, pushMigrations, supabaseCli } from './migrations.ts';
import { freePort } from './postgrest.ts';

/**
 * `npm run types` writes src/lib/types/database.ts with `supabase gen types` from a throw-away
 * database migrated from supabase/migrations; `--check` fails when the committed file is stale.
 */
const TYPES_FILE = join(PROJECT_ROOT, 'src', 'lib', 'types', 'database.ts');
const check = process.argv.includes('--check');

const dataDir = mkdtempSync(join(tmpdir(), 'rescue-ledger-types-'));
const config = { ...stackConfigFromEnv({}), dataDir, dbPort: await freePort(), externalDbUrl: null };
const db = await startDatabase(config);
let exitCode = 0;
try {
	await pushMigrations(db.ownerUrl, false);
	const types = await supabaseCli(['gen', 'types', `--remote=${db.ownerUrl}`, '--lang', 'typescript', '--schema', 'public'], {
		mergeStderr: false
	});
	const current = existsSync(TYPES_FILE) ? readFileSync(TYPES_FILE, 'utf8') : '';
	if (check) {
		if (current !== types) {
			console.error('src/lib/types/database.ts is stale: run `npm run types` and commit the result.');
			exitCode = 1;
		} else console.log('database types are up to date');
	} else {
		mkdirSync(dirname(TYPES_FILE), { recursive: true });
		writeFileSync(TYPES_FILE, types);
		console.log(`wrote ${TYPES_FILE}`);
	}
} finally {
	await db.close();
	rmSync(dataDir, { recursive: true, force: true });
}
process.exit(exitCode);
