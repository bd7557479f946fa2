import { SignJWT } from 'jose';

/** The expiry the Supabase CLI gives its demo keys (2032-11-11), so the keys are the same on every start. */
const CLI_KEY_EXPIRY = 1983812996;

/**
 * API keys as the Supabase CLI makes them: HS256 JWTs whose claims are only iss, role and exp.
 * With the CLI's default secret they are byte for byte the CLI's well-known local keys.
 */
export async function apiKey(secret: string, role: 'anon' | 'service_role'): Promise<string> {
	return new SignJWT({ iss: 'supabase-demo', role, exp: CLI_KEY_EXPIRY })
		.setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
		.sign(new TextEncoder().encode(secret));
}
