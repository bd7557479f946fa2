import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson } from '../handler.ts';
import type { AuthContext } from './context.ts';
import { callAuth } from './db.ts';
import { AuthError, badRequest } from './errors.ts';
import { clientAddress, overRequestRateLimit } from './rate-limit.ts';
import { clientInfo, readJsonBody, stringField } from './request.ts';
import type { SessionFacts } from './tokens.ts';
import { unusablePassword } from './validate.ts';

/** POST /token?grant_type=password|refresh_token: the two grants supabase-js uses for e-mail accounts. */
export async function token(ctx: AuthContext, req: IncomingMessage, res: ServerResponse, query: URLSearchParams) {
	const grant = query.get('grant_type');
	if (grant !== 'password' && grant !== 'refresh_token') {
		throw badRequest('validation_failed', `unsupported_grant_type`);
	}
	// Before the body is even read: a refused guess must cost neither a bcrypt hash nor a DB write.
	if (!ctx.limits[grant].take(clientAddress(req, ctx.limits.trustForwardedFor))) throw overRequestRateLimit();
	const body = await readJsonBody(req);
	const facts = grant === 'password' ? await passwordGrant(ctx, req, body) : await refreshGrant(ctx, req, body);
	const { token: accessToken, expiresAt } = await ctx.tokens.sign(facts);
	sendJson(res, 200, {
		access_token: accessToken,
		token_type: 'bearer',
		expires_in: ctx.tokens.expiresIn,
		expires_at: expiresAt,
		refresh_token: facts.refresh_token,
		user: facts.user
	});
}

async function passwordGrant(ctx: AuthContext, req: IncomingMessage, body: Record<string, unknown>) {
	const email = stringField(body, 'email') ?? '';
	const phone = stringField(body, 'phone') ?? '';
	const password = stringField(body, 'password') ?? '';
	if (email && phone) throw new AuthError(422, 'validation_failed', 'Only an email address or phone number should be provided on login.');
	if (phone) throw new AuthError(422, 'phone_provider_disabled', 'Phone logins are disabled');
	if (!email) throw badRequest('validation_failed', 'missing email or phone');
	if (unusablePassword(password)) throw badRequest('invalid_credentials', 'Invalid login credentials');
	return callAuth<SessionFacts>(ctx.rest, 'auth_sign_in', { p_email: email, p_password: password, ...clientInfo(req) });
}

async function refreshGrant(ctx: AuthContext, req: IncomingMessage, body: Record<string, unknown>) {
	const refreshToken = stringField(body, 'refresh_token') ?? '';
	if (!refreshToken) throw badRequest('validation_failed', 'refresh_token required');
	return callAuth<SessionFacts>(
		ctx.rest,
		'auth_refresh',
		{ p_token: refreshToken, p_reuse_interval_seconds: ctx.refreshReuseIntervalSeconds, ...clientInfo(req) },
		{ user_banned: [400, 'Invalid Refresh Token: User Banned'] }
	);
}
