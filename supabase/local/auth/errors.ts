import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson } from '../handler.ts';

/** A refusal as GoTrue words it: HTTP status, error code (auth-js error.code) and message. */
export class AuthError extends Error {
	constructor(
		readonly status: number,
		readonly code: string,
		message: string,
		/** Extra top-level fields of the body (weak_password). */
		readonly extra: Record<string, unknown> = {}
	) {
		super(message);
	}
}

type Wording = readonly [status: number, message: string];

/** GoTrue's own status and message for each code the SQL functions answer with. */
const WORDING: Record<string, Wording> = {
	invalid_credentials: [400, 'Invalid login credentials'],
	email_not_confirmed: [400, 'Email not confirmed'],
	user_banned: [400, 'User is banned'],
	refresh_token_not_found: [400, 'Invalid Refresh Token: Refresh Token Not Found'],
	refresh_token_already_used: [400, 'Invalid Refresh Token: Already Used'],
	session_expired: [400, 'Invalid Refresh Token: Session Expired'],
	user_not_found: [404, 'User not found'],
	session_not_found: [403, 'Session from session_id claim in JWT does not exist'],
	email_exists: [422, 'A user with this email address has already been registered'],
	user_already_exists: [422, 'User already registered']
};

/** The error for a code, with GoTrue's wording unless the endpoint words it its own way. */
export function authError(code: string, overrides: Record<string, Wording> = {}): AuthError {
	const wording = overrides[code] ?? WORDING[code];
	return wording ? new AuthError(wording[0], code, wording[1]) : new AuthError(500, code, 'Unexpected failure, please check server logs for more information');
}

export const badRequest = (code: string, message: string) => new AuthError(400, code, message);

export function weakPassword(minLength: number): AuthError {
	return new AuthError(422, 'weak_password', `Password should be at least ${minLength} characters.`, {
		weak_password: { reasons: ['length'] }
	});
}

export const unexpectedFailure = () =>
	new AuthError(500, 'unexpected_failure', 'Unexpected failure, please check server logs for more information');

const API_VERSION_HEADER = 'x-supabase-api-version';
const API_VERSION_2024 = '2024-01-01';

/**
 * GoTrue answers in two shapes. A client that sends X-Supabase-Api-Version >= 2024-01-01 (every
 * auth-js v2 does) gets {code: "<error code>", message} and the version echoed in the header, which
 * is what makes auth-js read `code` as error.code. Older clients get {code: <status>, error_code, msg}.
 */
export function sendAuthError(req: IncomingMessage, res: ServerResponse, err: AuthError) {
	const requested = req.headers[API_VERSION_HEADER];
	const modern = typeof requested === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(requested) && requested >= API_VERSION_2024;
	if (res.headersSent) return void res.destroy();
	if (modern) {
		sendJson(res, err.status, { code: err.code, message: err.message, ...err.extra }, { [API_VERSION_HEADER]: API_VERSION_2024 });
	} else {
		sendJson(res, err.status, { code: err.status, error_code: err.code, msg: err.message, ...err.extra });
	}
}
