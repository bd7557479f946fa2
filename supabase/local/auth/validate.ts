import { AuthError, badRequest, weakPassword } from './errors.ts';

/** GoTrue's default GOTRUE_PASSWORD_MIN_LENGTH. */
export const MIN_PASSWORD_LENGTH = 6;
/** bcrypt reads 72 bytes; pgcrypto would silently ignore the rest, GoTrue refuses it. */
const MAX_PASSWORD_BYTES = 72;

// Local part and domain as checkmail.ValidateFormat (GoTrue's e-mail check) accepts them.
const EMAIL = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;

/** The address as GoTrue stores it (lower case), or its 400. */
export function validEmail(email: string): string {
	const e = email.trim();
	if (e === '') throw badRequest('validation_failed', 'An email address is required');
	if (e.length > 255) throw badRequest('validation_failed', 'An email address is too long');
	if (!EMAIL.test(e)) throw badRequest('validation_failed', 'Unable to validate email address: invalid format');
	return e.toLowerCase();
}

export function checkPassword(password: string): void {
	if ([...password].length < MIN_PASSWORD_LENGTH) throw weakPassword(MIN_PASSWORD_LENGTH);
	if (Buffer.byteLength(password, 'utf8') > MAX_PASSWORD_BYTES) {
		throw badRequest('validation_failed', `Password cannot be longer than ${MAX_PASSWORD_BYTES} characters`);
	}
}

/** True when a password can never match a stored bcrypt hash (so it is not worth hashing). */
export function unusablePassword(password: string): boolean {
	return Buffer.byteLength(password, 'utf8') > MAX_PASSWORD_BYTES;
}

const UNIT_MS: Record<string, number> = { ns: 1e-6, us: 1e-3, 'µs': 1e-3, 'μs': 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/**
 * ban_duration in Go's time.ParseDuration syntax ("24h", "1h30m", "none" = lift the ban), as the
 * moment the ban ends (null lifts it); `ban` is false when the request does not touch the ban.
 */
export function banUntil(duration: string | undefined, now = Date.now()): { ban: boolean; until: string | null } {
	if (duration === undefined || duration === '') return { ban: false, until: null };
	if (duration === 'none') return { ban: true, until: null };
	const parts = /^([0-9]+(?:\.[0-9]*)?(?:ns|us|µs|μs|ms|s|m|h))+$/.test(duration)
		? [...duration.matchAll(/([0-9]+(?:\.[0-9]*)?)(ns|us|µs|μs|ms|s|m|h)/g)]
		: null;
	if (!parts) {
		throw new AuthError(400, 'validation_failed', `invalid format for ban duration: time: invalid duration "${duration}"`);
	}
	const ms = parts.reduce((sum, [, n, unit]) => sum + Number(n) * UNIT_MS[unit], 0);
	return { ban: true, until: ms > 0 ? new Date(now + ms).toISOString() : null };
}
