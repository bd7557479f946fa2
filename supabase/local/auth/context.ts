import type { HandlerContext } from '../handler.ts';
import type { Tokens } from './tokens.ts';

/** What every auth endpoint gets: the stack's context plus the token signer/verifier built once. */
export interface AuthContext extends HandlerContext {
	tokens: Tokens;
	refreshReuseIntervalSeconds: number;
}
