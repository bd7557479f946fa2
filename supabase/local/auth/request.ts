import type { IncomingMessage } from 'node:http';
import { readBody } from '../handler.ts';
import { AuthError } from './errors.ts';

/** Auth bodies are a few hundred bytes; anything near this is not a sign-in. */
export const MAX_AUTH_BODY_BYTES = 1024 * 1024;

export type Body = Record<string, unknown>;

const badJson = (detail: string) => new AuthError(400, 'bad_json', `Could not parse request body as JSON: ${detail}`);

/**
 * The request body as a JSON object, refused in GoTrue's words when it is not one. `optional` is for
 * DELETE /admin/users/{id}, whose body GoTrue reads only when there is one.
 */
export async function readJsonBody(req: IncomingMessage, optional = false): Promise<Body> {
	const raw = await readBody(req, MAX_AUTH_BODY_BYTES);
	if (raw === null) throw new AuthError(413, 'validation_failed', `Request body larger than ${MAX_AUTH_BODY_BYTES} bytes`);
	const text = raw.toString('utf8');
	if (optional && text.trim() === '') return {};
	let parsed: unknown;
	try {
		parsed = JSON.parse(text);
	} catch (err) {
		throw badJson(text.trim() === '' ? 'unexpected end of JSON input' : (err as Error).message);
	}
	if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
		throw badJson('the body must be a JSON object');
	}
	return parsed as Body;
}

// Go's decoder refuses a wrongly typed field the same way as broken JSON: bad_json, before any check.

export function stringField(body: Body, name: string): string | undefined {
	const v = body[name];
	if (v === undefined || v === null) return undefined;
	if (typeof v !== 'string') throw badJson(`field "${name}" must be a string`);
	return v;
}

export function boolField(body: Body, name: string): boolean {
	const v = body[name];
	if (v === undefined || v === null) return false;
	if (typeof v !== 'boolean') throw badJson(`field "${name}" must be a boolean`);
	return v;
}

export function objectField(body: Body, name: string): Record<string, unknown> | null {
	const v = body[name];
	if (v === undefined || v === null) return null;
	if (typeof v !== 'object' || Array.isArray(v)) throw badJson(`field "${name}" must be an object`);
	return v as Record<string, unknown>;
}

/** What GoTrue records on a session about the client that opened or refreshed it. */
export function clientInfo(req: IncomingMessage): { p_user_agent: string | null; p_ip: string | null } {
	const ua = req.headers['user-agent'];
	return { p_user_agent: typeof ua === 'string' ? ua.slice(0, 1000) : null, p_ip: req.socket.remoteAddress ?? null };
}
