import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson } from '../handler.ts';
import type { AuthContext } from './context.ts';
import { callAuth } from './db.ts';
import { badRequest } from './errors.ts';
import { subjectOf, type GoTrueUser } from './tokens.ts';

/** How GoTrue's requireAuthentication words a token whose user or session is gone. */
const SIGNED_IN_WORDING = { user_not_found: [403, 'User from sub claim in JWT does not exist'] } as const;

/** GET /user: the signed-in user, only while the token's session is open. */
export async function getUser(ctx: AuthContext, req: IncomingMessage, res: ServerResponse) {
	const { userId, sessionId } = subjectOf(await ctx.tokens.verifyRequest(req));
	const { user } = await callAuth<{ user: GoTrueUser }>(
		ctx.rest,
		'auth_get_user',
		{ p_user_id: userId, p_session_id: sessionId },
		SIGNED_IN_WORDING
	);
	sendJson(res, 200, user);
}

const SCOPES = ['global', 'local', 'others'];

/**
 * POST /logout?scope=global|local|others: deletes sessions, so /user refuses their access tokens at
 * once; PostgREST, which checks only the signature, accepts them until they expire (as on Supabase).
 */
export async function logout(ctx: AuthContext, req: IncomingMessage, res: ServerResponse, query: URLSearchParams) {
	const { userId, sessionId } = subjectOf(await ctx.tokens.verifyRequest(req));
	const scope = query.get('scope') || 'global';
	if (!SCOPES.includes(scope)) throw badRequest('validation_failed', `Unsupported logout scope "${scope}"`);
	await callAuth(ctx.rest, 'auth_logout', { p_user_id: userId, p_session_id: sessionId, p_scope: scope }, SIGNED_IN_WORDING);
	res.writeHead(204).end();
}
