import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson } from '../handler.ts';
import type { AuthContext } from './context.ts';
import { callAuth } from './db.ts';
import { AuthError, badRequest } from './errors.ts';
import { paginate, paginationHeaders } from './pagination.ts';
import { boolField, objectField, readJsonBody, stringField, type Body } from './request.ts';
import { isUuid, type GoTrueUser } from './tokens.ts';
import { banUntil, checkPassword, validEmail } from './validate.ts';

/** GoTrue's JWT_ADMIN_ROLES default. */
const ADMIN_ROLES = ['service_role', 'supabase_admin'];

/** Every /admin route: a verified JWT whose role is an admin role, else 401/403 before any work. */
export async function requireAdmin(ctx: AuthContext, req: IncomingMessage) {
	const claims = await ctx.tokens.verifyRequest(req);
	if (typeof claims.role !== 'string' || !ADMIN_ROLES.includes(claims.role)) {
		throw new AuthError(403, 'not_admin', 'User not allowed');
	}
}

/**
 * Fields this subset cannot honour are refused rather than ignored: a phone account or a custom
 * role (which PostgREST would switch to) must not be created looking as if it had worked.
 */
function refuseUnsupported(body: Body) {
	for (const field of ['phone', 'password_hash', 'role']) {
		if (stringField(body, field)) throw badRequest('validation_failed', `"${field}" is not supported by the local stack's Auth`);
	}
}

function userIdOf(id: string): string {
	if (!isUuid(id)) throw new AuthError(404, 'validation_failed', 'user_id must be an UUID');
	return id;
}

const ADMIN_WORDING = { user_not_found: [404, 'User not found'] } as const;

export async function createUser(ctx: AuthContext, req: IncomingMessage, res: ServerResponse) {
	const body = await readJsonBody(req);
	refuseUnsupported(body);
	const rawEmail = stringField(body, 'email');
	if (!rawEmail) throw badRequest('validation_failed', 'Cannot create a user without either an email or phone');
	const email = validEmail(rawEmail);
	const id = stringField(body, 'id');
	if (id !== undefined && (!isUuid(id) || /^0{8}-/.test(id))) throw badRequest('validation_failed', 'ID must conform to the uuid v4 format');
	let password = stringField(body, 'password');
	if (password) checkPassword(password);
	// As GoTrue: no password means one nobody knows, so the account cannot sign in with a password.
	else password = randomBytes(36).toString('base64url');
	const ban = banUntil(stringField(body, 'ban_duration'));
	const { user } = await callAuth<{ user: GoTrueUser }>(ctx.rest, 'auth_admin_create_user', {
		p_id: id ?? null,
		p_email: email,
		p_password: password,
		p_email_confirm: boolField(body, 'email_confirm'),
		p_user_metadata: objectField(body, 'user_metadata'),
		p_app_metadata: objectField(body, 'app_metadata'),
		p_banned_until: ban.until
	});
	sendJson(res, 200, user);
}

export async function listUsers(ctx: AuthContext, _req: IncomingMessage, res: ServerResponse, query: URLSearchParams) {
	const page = paginate(query);
	const { users, total } = await callAuth<{ users: GoTrueUser[]; total: number }>(ctx.rest, 'auth_admin_list_users', {
		p_page: page.page,
		p_per_page: page.perPage
	});
	sendJson(res, 200, { users, aud: 'authenticated' }, paginationHeaders('/admin/users', query, page, total));
}

export async function getUser(ctx: AuthContext, _req: IncomingMessage, res: ServerResponse, id: string) {
	const { user } = await callAuth<{ user: GoTrueUser }>(ctx.rest, 'auth_admin_get_user', { p_user_id: userIdOf(id) }, ADMIN_WORDING);
	sendJson(res, 200, user);
}

export async function updateUser(ctx: AuthContext, req: IncomingMessage, res: ServerResponse, id: string) {
	const userId = userIdOf(id);
	const body = await readJsonBody(req);
	refuseUnsupported(body);
	const rawEmail = stringField(body, 'email');
	const email = rawEmail ? validEmail(rawEmail) : null;
	const password = stringField(body, 'password');
	if (password !== undefined) checkPassword(password);
	const ban = banUntil(stringField(body, 'ban_duration'));
	const { user } = await callAuth<{ user: GoTrueUser }>(
		ctx.rest,
		'auth_admin_update_user',
		{
			p_user_id: userId,
			p_email: email,
			p_password: password ?? null,
			p_email_confirm: boolField(body, 'email_confirm'),
			p_user_metadata: objectField(body, 'user_metadata'),
			p_app_metadata: objectField(body, 'app_metadata'),
			p_ban: ban.ban,
			p_banned_until: ban.until
		},
		ADMIN_WORDING
	);
	sendJson(res, 200, user);
}

export async function deleteUser(ctx: AuthContext, req: IncomingMessage, res: ServerResponse, id: string) {
	const userId = userIdOf(id);
	const body = await readJsonBody(req, true);
	try {
		await callAuth(ctx.rest, 'auth_admin_delete_user', { p_user_id: userId, p_soft: boolField(body, 'should_soft_delete') }, ADMIN_WORDING);
	} catch (err) {
		// Rows elsewhere still reference the user; GoTrue answers this with its generic 500 too.
		if (err instanceof AuthError && err.code === 'user_referenced') {
			throw new AuthError(500, 'unexpected_failure', 'Database error deleting user');
		}
		throw err;
	}
	sendJson(res, 200, {});
}
