import { resolve } from 'node:path';
import { z } from 'zod';

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
	/** How long a rotated refresh token may still be used (GoTrue's REFRESH_TOKEN_REUSE_INTERVAL). */
	refreshTokenReuseIntervalSeconds: number;
	/** Password sign-ins per client address per 5 minutes (config.toml [auth.rate_limit] sign_in_sign_ups). */
	authSignInLimit: number;
	/** Refresh-token grants per client address per 5 minutes ([auth.rate_limit] token_refresh). */
	authRefreshLimit: number;
	/** Whether the client address for those limits is X-Forwarded-For's: only behind a proxy that sets it. */
	authTrustForwardedFor: boolean;
	quiet: boolean;
}

const port = z.coerce.number().int().min(1).max(65535);
const envSchema = z.object({
	STACK_API_PORT: port.default(54321),
	STACK_DB_PORT: port.default(54322),
	STACK_DATA_DIR: z.string().min(1).default('.data'),
	SUPABASE_JWT_SECRET: z.string().min(32, 'must be at least 32 characters').default(DEV_JWT_SECRET),
	SUPABASE_DB_URL: z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// URL' }).optional(),
	STACK_QUIET: z.enum(['0', '1']).default('0'),
	STACK_REFRESH_REUSE_INTERVAL_SECONDS: z.coerce.number().int().min(0).default(10),
	STACK_AUTH_SIGN_IN_LIMIT: z.coerce.number().int().min(1).default(30),
	STACK_AUTH_REFRESH_LIMIT: z.coerce.number().int().min(1).default(150),
	STACK_AUTH_TRUST_FORWARDED_FOR: z.enum(['0', '1']).default('1')
});

export function stackConfigFromEnv(env: NodeJS.ProcessEnv = process.env): StackConfig {
	const parsed = envSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
	if (!parsed.success) {
		throw new Error(parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; '));
	}
	const e = parsed.data;
	return {
		host: '127.0.0.1',
		apiPort: e.STACK_API_PORT,
		dbPort: e.STACK_DB_PORT,
		dataDir: resolve(e.STACK_DATA_DIR),
		jwtSecret: e.SUPABASE_JWT_SECRET,
		externalDbUrl: e.SUPABASE_DB_URL ?? null,
		maxUploadBytes: 25 * 1024 * 1024,
		jwtExpirySeconds: 3600,
		refreshTokenReuseIntervalSeconds: e.STACK_REFRESH_REUSE_INTERVAL_SECONDS,
		authSignInLimit: e.STACK_AUTH_SIGN_IN_LIMIT,
		authRefreshLimit: e.STACK_AUTH_REFRESH_LIMIT,
		authTrustForwardedFor: e.STACK_AUTH_TRUST_FORWARDED_FOR === '1',
		quiet: e.STACK_QUIET === '1'
	};
}
