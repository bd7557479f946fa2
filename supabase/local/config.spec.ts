import { describe, expect, it } from 'vitest';
import { DEV_JWT_SECRET, stackConfigFromEnv } from './config.ts';

describe('stackConfigFromEnv', () => {
	it('defaults to the Supabase ports and the CLI secret', () => {
		const c = stackConfigFromEnv({});
		expect([c.apiPort, c.dbPort, c.jwtSecret, c.externalDbUrl]).toEqual([54321, 54322, DEV_JWT_SECRET, null]);
		expect(c.maxUploadBytes).toBe(25 * 1024 * 1024);
	});

	it('refuses a JWT secret shorter than 32 characters', () => {
		expect(() => stackConfigFromEnv({ SUPABASE_JWT_SECRET: 'short' })).toThrow(/SUPABASE_JWT_SECRET must be at least 32/);
	});

	it('refuses a port that is not a port', () => {
		expect(() => stackConfigFromEnv({ STACK_API_PORT: 'abc' })).toThrow(/STACK_API_PORT/);
		expect(() => stackConfigFromEnv({ STACK_DB_PORT: '70000' })).toThrow(/STACK_DB_PORT/);
	});

	it('limits sign-in and refresh per address as config.toml [auth.rate_limit], trusting the forwarded address the app sends unless told not to', () => {
		const c = stackConfigFromEnv({});
		expect([c.authSignInLimit, c.authRefreshLimit, c.authTrustForwardedFor]).toEqual([30, 150, true]);
		const set = stackConfigFromEnv({ STACK_AUTH_SIGN_IN_LIMIT: '3', STACK_AUTH_REFRESH_LIMIT: '1000', STACK_AUTH_TRUST_FORWARDED_FOR: '0' });
		expect([set.authSignInLimit, set.authRefreshLimit, set.authTrustForwardedFor]).toEqual([3, 1000, false]);
		expect(() => stackConfigFromEnv({ STACK_AUTH_SIGN_IN_LIMIT: '0' })).toThrow(/STACK_AUTH_SIGN_IN_LIMIT/);
	});

	it('takes a real Postgres from SUPABASE_DB_URL', () => {
		expect(stackConfigFromEnv({ SUPABASE_DB_URL: 'postgres://u@h/db' }).externalDbUrl).toBe('postgres://u@h/db');
	});
});
