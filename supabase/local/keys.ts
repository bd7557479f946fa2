import { SignJWT } from 'jose';

const TEN_YEARS = 10 * 365 * 24 * 3600;

/** Long-lived API keys as the Supabase CLI makes them: HS256 JWTs whose only claim that matters is role. */
export async function apiKey(secret: string, role: 'anon' | 'service_role'): Promise<string> {
	const now = Math.floor(Date.now() / 1000);
	return new SignJWT({ iss: 'supabase-demo', role })
		.setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
		.setIssuedAt(now)
		.setExpirationTime(now + TEN_YEARS)
		.sign(new TextEncoder().encode(secret));
}
