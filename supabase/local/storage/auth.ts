import type { IncomingMessage } from 'node:http';
import { jwtVerify, type JWTPayload } from 'jose';
import { bearerToken } from '../handler.ts';
import { ERRORS } from './errors.ts';

export interface Caller {
	/** The verified token, passed on to PostgREST so that the caller's RLS policies decide. */
	jwt: string;
	claims: JWTPayload & { role?: string };
	/** The user id (sub) when the token belongs to a user; API keys have none. */
	owner: string | null;
}

/**
 * Verifies the Authorization bearer (an API key or a user's access token) as the real service does:
 * HS256 with the project's JWT secret; any failure is AccessDenied with jose's own message
 * (e.g. '"exp" claim timestamp check failed', 'signature verification failed').
 */
export async function authenticate(req: IncomingMessage, secret: Uint8Array): Promise<Caller> {
	const jwt = bearerToken(req) ?? '';
	try {
		const { payload } = await jwtVerify(jwt, secret, { algorithms: ['HS256'] });
		const sub = typeof payload.sub === 'string' && /^[0-9a-f-]{36}$/i.test(payload.sub) ? payload.sub : null;
		return { jwt, claims: payload, owner: sub };
	} catch (err) {
		throw ERRORS.accessDenied((err as Error).message || 'Invalid JWT');
	}
}
