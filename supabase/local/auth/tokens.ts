import type { IncomingMessage } from 'node:http';
import { errors as joseErrors, jwtVerify, SignJWT, type JWTPayload } from 'jose';
import { bearerToken } from '../handler.ts';
import { AuthError } from './errors.ts';

/** What the SQL functions hand back for a new or refreshed session (stack_internal.auth_session_json). */
export interface SessionFacts {
	user: GoTrueUser;
	session_id: string;
	refresh_token: string;
	aal: string;
	/** Epoch seconds of the password sign-in: the amr timestamp stays that of the sign-in. */
	signed_in_at: number;
}

export interface GoTrueUser {
	id: string;
	aud: string;
	role: string;
	email: string;
	phone: string;
	app_metadata: Record<string, unknown>;
	user_metadata: Record<string, unknown>;
	is_anonymous: boolean;
	[key: string]: unknown;
}

export interface Tokens {
	/** An access token with exactly GoTrue's claims, and its expiry (epoch seconds). */
	sign(facts: SessionFacts): Promise<{ token: string; expiresAt: number }>;
	/** The verified claims of the request's bearer token, or GoTrue's 401/403 refusal. */
	verifyRequest(req: IncomingMessage): Promise<JWTPayload>;
	expiresIn: number;
}

export function createTokens(opts: { secret: string; issuer: string; expiresIn: number }): Tokens {
	const key = new TextEncoder().encode(opts.secret);
	return {
		expiresIn: opts.expiresIn,
		async sign(facts) {
			const iat = Math.floor(Date.now() / 1000);
			const exp = iat + opts.expiresIn;
			const u = facts.user;
			// Key order as GoTrue's AccessTokenClaims serialises them.
			const claims = {
				iss: opts.issuer,
				sub: u.id,
				aud: u.aud,
				exp,
				iat,
				email: u.email,
				phone: u.phone,
				app_metadata: u.app_metadata,
				user_metadata: u.user_metadata,
				role: u.role,
				aal: facts.aal,
				amr: [{ method: 'password', timestamp: facts.signed_in_at }],
				session_id: facts.session_id,
				is_anonymous: u.is_anonymous
			};
			const token = await new SignJWT(claims).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).sign(key);
			return { token, expiresAt: exp };
		},
		async verifyRequest(req) {
			const token = bearerToken(req);
			if (!token) throw new AuthError(401, 'no_authorization', 'This endpoint requires a Bearer token');
			try {
				const { payload } = await jwtVerify(token, key, { algorithms: ['HS256'] });
				return payload;
			} catch (err) {
				throw new AuthError(403, 'bad_jwt', `invalid JWT: unable to parse or verify signature, ${goJwtReason(err)}`);
			}
		}
	};
}

/** The reason in golang-jwt's words, so that messages match a hosted project's. */
function goJwtReason(err: unknown): string {
	if (err instanceof joseErrors.JWTExpired) return 'token has invalid claims: token is expired';
	if (err instanceof joseErrors.JWTClaimValidationFailed) return 'token has invalid claims: token is not valid yet';
	if (err instanceof joseErrors.JWSSignatureVerificationFailed) return 'token signature is invalid: signature is invalid';
	if (err instanceof joseErrors.JOSEAlgNotAllowed) return 'token is unverifiable: error while executing keyfunc: signing method is invalid';
	return 'token is malformed: could not parse the token';
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The user and session a verified access token names, refused as GoTrue refuses bad claims. */
export function subjectOf(claims: JWTPayload): { userId: string; sessionId: string | null } {
	const sub = claims.sub;
	if (!sub) throw new AuthError(403, 'bad_jwt', 'invalid claim: missing sub claim');
	if (!UUID.test(sub)) throw new AuthError(400, 'bad_jwt', 'invalid claim: sub claim must be a UUID');
	const sid = claims.session_id;
	if (sid === undefined || sid === '' || sid === '00000000-0000-0000-0000-000000000000') return { userId: sub, sessionId: null };
	if (typeof sid !== 'string' || !UUID.test(sid)) {
		throw new AuthError(403, 'bad_jwt', 'invalid claim: session_id claim must be a UUID');
	}
	return { userId: sub, sessionId: sid };
}

export function isUuid(s: string): boolean {
	return UUID.test(s);
}
