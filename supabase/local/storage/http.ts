import type { IncomingMessage, ServerResponse } from 'node:http';
import { readBody, sendJson } from '../handler.ts';
import type { Caller } from './auth.ts';
import type { StorageDeps } from './deps.ts';
import { ERRORS } from './errors.ts';

export interface RouteContext {
	deps: StorageDeps;
	req: IncomingMessage;
	res: ServerResponse;
	/** The regex groups of the route's pattern, still percent-encoded. */
	params: string[];
	query: URLSearchParams;
	/**
	 * The verified caller. Not set on the anonymous routes (public and signed downloads): those
	 * never read it, and act as the service role after their own check (bucket flag, URL token).
	 */
	caller: Caller;
}

export type RouteHandler = (ctx: RouteContext) => Promise<void>;

const JSON_LIMIT = 1024 * 1024;

/** A JSON object body; storage-js sends one on every non-upload POST/PUT/DELETE. */
export async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
	const body = await readBody(req, JSON_LIMIT);
	if (body === null) throw ERRORS.entityTooLarge();
	if (body.length === 0) return {};
	try {
		const value: unknown = JSON.parse(body.toString('utf8'));
		if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
	} catch {
		// fall through
	}
	throw ERRORS.invalidRequest('Body must be a JSON object');
}

export function ok(res: ServerResponse, body: unknown) {
	sendJson(res, 200, body);
}

export function stringField(body: Record<string, unknown>, name: string): string {
	const v = body[name];
	if (typeof v !== 'string' || v === '') throw ERRORS.missingParameter(name);
	return v;
}
