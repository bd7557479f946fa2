import { resolve } from 'node:path';

/**
 * The Supabase CLI's well-known local JWT secret. Only for development: anything that holds real
 * records sets SUPABASE_JWT_SECRET.
 */
export const DEV_JWT_SECRET = 'super-secret-jwt-token-with-at-least-32-characters-long';

export interface StackConfig {
	host: string;
	/** The API port (/rest/v1, /auth/v1, /storage/v1), 54321 as on Supabase. */
	apiPort: number;
	/** The Postgres wire port that pglite-socket serves, 54322 as on Supabase. */
	dbPort: number;
	dataDir: string;
	jwtSecret: string;
	/** A real Postgres to use instead of PGlite. */
	externalDbUrl: string | null;
	/** Largest accepted request body for uploads, in bytes. */
	maxUploadBytes: number;
	jwtExpirySeconds: number;
	quiet: boolean;
}

export function stackConfigFromEnv(env: NodeJS.ProcessEnv = process.env): StackConfig {
	const secret = env.SUPABASE_JWT_SECRET ?? DEV_JWT_SECRET;
	if (secret.length < 32) throw new Error('SUPABASE_JWT_SECRET must be at least 32 characters');
	return {
		host: '127.0.0.1',
		apiPort: Number(env.STACK_API_PORT ?? 54321),
		dbPort: Number(env.STACK_DB_PORT ?? 54322),
		dataDir: resolve(env.STACK_DATA_DIR ?? '.data'),
		jwtSecret: secret,
		externalDbUrl: env.SUPABASE_DB_URL || null,
		maxUploadBytes: 25 * 1024 * 1024,
		jwtExpirySeconds: 3600,
		quiet: env.STACK_QUIET === '1'
	};
}
