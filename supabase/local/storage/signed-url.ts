import { SignJWT, jwtVerify } from 'jose';
import { ERRORS } from './errors.ts';

/**
 * Signed URLs carry a JWT { url: 'bucket/key', iat, exp } signed with the project's JWT secret, as
 * on the real service, so a URL signed here verifies on any holder of the same secret and vice versa.
 */
export async function signObjectUrl(secret: Uint8Array, bucket: string, key: string, expiresIn: number): Promise<string> {
	const url = `${bucket}/${key}`;
	const token = await new SignJWT({ url })
		.setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
		.setIssuedAt()
		.setExpirationTime(Math.floor(Date.now() / 1000) + expiresIn)
		.sign(secret);
	// storage-js prefixes this with its /storage/v1 URL and encodeURI()s the whole.
	return `/object/sign/${url}?token=${token}`;
}

/**
 * Checks a signed-URL token against the object it is presented for. As on the real service, a bad or
 * expired token is InvalidJWT with jose's message, a token for another object InvalidSignature.
 */
export async function verifyObjectToken(secret: Uint8Array, token: string, bucket: string, key: string): Promise<void> {
	let url: unknown;
	try {
		({ payload: { url } } = await jwtVerify(token, secret, { algorithms: ['HS256'] }));
	} catch (err) {
		throw ERRORS.invalidJwt((err as Error).message || 'Invalid JWT');
	}
	if (url !== `${bucket}/${key}`) throw ERRORS.invalidSignature();
}

/** expiresIn as the real API validates it: an integer number of seconds, at least 1. */
export function parseExpiresIn(value: unknown): number {
	const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
	if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 1) {
		throw ERRORS.invalidRequest('body/expiresIn must be >= 1');
	}
	return n;
}
