import type { HandlerContext } from '../handler.ts';
import type { RateLimiter } from './rate-limit.ts';
import type { Tokens } from './tokens.ts';

/** What every auth endpoint gets: the stack's context plus the token signer/verifier built once. */
export interface AuthContext extends HandlerContext {
	tokens: Tokens;
	refreshReuseIntervalSeconds: number;
	/** Per client address, one budget per grant: a refresh storm must not lock out sign-in, nor the reverse. */
	limits: { password: RateLimiter; refresh_token: RateLimiter; trustForwardedFor: boolean };
}
