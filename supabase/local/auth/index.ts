import type { IncomingMessage, ServerResponse } from 'node:http';
import type { HandlerContext, ServiceHandler } from '../handler.ts';
import { sendJson } from '../handler.ts';
import * as admin from './admin.ts';
import type { AuthContext } from './context.ts';
import { AuthError, sendAuthError, unexpectedFailure } from './errors.ts';
import { token } from './grants.ts';
import { createRateLimiter } from './rate-limit.ts';
import { createTokens } from './tokens.ts';
import { getUser, logout } from './user.ts';

type Route = (ctx: AuthContext, req: IncomingMessage, res: ServerResponse, query: URLSearchParams, id: string) => Promise<void>;

/**
 * The GoTrue endpoints supabase-js uses for e-mail/password accounts, keyed by "METHOD path".
 * ":id" stands for the one path parameter (a user id).
 */
const ROUTES: Record<string, Route> = {
	'POST /token': (ctx, req, res, q) => token(ctx, req, res, q),
	'GET /user': (ctx, req, res) => getUser(ctx, req, res),
	'POST /logout': (ctx, req, res, q) => logout(ctx, req, res, q),
	'GET /health': async (_ctx, _req, res) => sendJson(res, 200, { version: 'local', name: 'GoTrue', description: 'GoTrue-compatible subset of the embedded stack' }),
	'POST /admin/users': withAdmin((ctx, req, res) => admin.createUser(ctx, req, res)),
	'GET /admin/users': withAdmin((ctx, req, res, q) => admin.listUsers(ctx, req, res, q)),
	'GET /admin/users/:id': withAdmin((ctx, req, res, _q, id) => admin.getUser(ctx, req, res, id)),
	'PUT /admin/users/:id': withAdmin((ctx, req, res, _q, id) => admin.updateUser(ctx, req, res, id)),
	'DELETE /admin/users/:id': withAdmin((ctx, req, res, _q, id) => admin.deleteUser(ctx, req, res, id))
};

/** The admin check runs before the body is read, so a refused caller never gets to validation. */
function withAdmin(route: Route): Route {
	return async (ctx, req, res, q, id) => {
		await admin.requireAdmin(ctx, req);
		await route(ctx, req, res, q, id);
	};
}

function match(method: string, path: string): { route: Route; id: string } | null {
	const trimmed = path.length > 1 ? path.replace(/\/+$/, '') : path;
	const exact = ROUTES[`${method} ${trimmed}`];
	if (exact) return { route: exact, id: '' };
	const m = /^\/admin\/users\/([^/]+)$/.exec(trimmed);
	const param = m ? ROUTES[`${method} /admin/users/:id`] : undefined;
	return param && m ? { route: param, id: decodeURIComponent(m[1]) } : null;
}

/** GoTrue-compatible Auth behind /auth/v1 (the router has already checked the apikey). */
export function createAuthHandler(ctx: HandlerContext): ServiceHandler {
	const reuse = ctx.config.refreshTokenReuseIntervalSeconds;
	const authCtx: AuthContext = {
		...ctx,
		tokens: createTokens({
			secret: ctx.config.jwtSecret,
			issuer: `http://${ctx.config.host}:${ctx.config.apiPort}/auth/v1`,
			expiresIn: ctx.config.jwtExpirySeconds
		}),
		refreshReuseIntervalSeconds: Number.isFinite(reuse) && reuse >= 0 ? reuse : 10,
		limits: {
			password: createRateLimiter({ limit: ctx.config.authSignInLimit }),
			refresh_token: createRateLimiter({ limit: ctx.config.authRefreshLimit }),
			trustForwardedFor: ctx.config.authTrustForwardedFor
		}
	};
	return async (req, res, path) => {
		try {
			const url = new URL(req.url ?? '/', 'http://localhost');
			let found: ReturnType<typeof match>;
			try {
				found = match(req.method ?? 'GET', path);
			} catch {
				found = null; // a malformed %-escape in the user id
			}
			if (!found) throw new AuthError(404, 'not_found', 'Not Found');
			await found.route(authCtx, req, res, url.searchParams, found.id);
		} catch (err) {
			if (!(err instanceof AuthError)) console.error('[auth] unexpected error:', err);
			const refusal = err instanceof AuthError ? err : unexpectedFailure();
			// An oversized body is not drained: the connection is closed after the answer instead.
			if (refusal.status === 413) res.setHeader('connection', 'close');
			sendAuthError(req, res, refusal);
		}
	};
}
