import type { IncomingMessage, ServerResponse } from 'node:http';
import type { StackConfig } from './config.ts';
import type { RestClient } from './rest-client.ts';

/** What the router hands to the auth and storage handlers. */
export interface HandlerContext {
	config: StackConfig;
	rest: RestClient;
	anonKey: string;
	serviceRoleKey: string;
}

/**
 * Serves one request under a mount point (/auth/v1, /storage/v1). `path` is the rest of the URL
 * path after the mount point, starting with '/', without the query string.
 */
export type ServiceHandler = (req: IncomingMessage, res: ServerResponse, path: string) => Promise<void>;

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
	const text = JSON.stringify(body);
	res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
	res.end(text);
}

/** Reads a request body, refusing more than `limit` bytes. Resolves null when the limit is passed. */
export async function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
	const declared = Number(req.headers['content-length'] ?? 0);
	if (declared > limit) return null;
	const chunks: Buffer[] = [];
	let size = 0;
	for await (const chunk of req) {
		size += (chunk as Buffer).length;
		if (size > limit) return null;
		chunks.push(chunk as Buffer);
	}
	return Buffer.concat(chunks);
}

export function bearerToken(req: IncomingMessage): string | null {
	const h = req.headers.authorization;
	if (!h) return null;
	const m = /^Bearer\s+(.+)$/i.exec(h);
	return m ? m[1].trim() : null;
}
