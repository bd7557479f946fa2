import { Agent, createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { sendJson, type ServiceHandler } from './handler.ts';
import type { RequestGate } from './request-gate.ts';

export interface RouterOptions {
	host: string;
	port: number;
	postgrestUrl: () => string;
	/** The schemas an outside request may select with Accept-Profile/Content-Profile. */
	exposedSchemas: string[];
	apiKeys: string[];
	auth: ServiceHandler;
	storage: ServiceHandler;
	/** Holds requests while the database is being migrated. */
	gate: RequestGate;
}

const CORS = {
	'access-control-allow-origin': '*',
	'access-control-allow-methods': 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS',
	'access-control-allow-headers':
		'authorization, apikey, content-type, content-profile, accept-profile, prefer, range, range-unit, x-client-info, x-upsert, x-supabase-api-version, cache-control',
	'access-control-expose-headers': 'content-range, content-location, location, x-total-count, link, x-supabase-api-version'
};

/** The API gateway: Kong's job on Supabase (API keys, CORS, one port for every service). */
export function startRouter(opts: RouterOptions): Promise<Server> {
	const server = createServer(async (req, res) => {
		for (const [k, v] of Object.entries(CORS)) res.setHeader(k, v);
		res.once('close', await opts.gate.enter());
		route(opts, req, res).catch((err: unknown) => {
			console.error('[stack] unhandled error', err);
			if (!res.headersSent) sendJson(res, 500, { message: 'internal error' });
			else res.destroy();
		});
	});
	server.keepAliveTimeout = 65_000;
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(opts.port, opts.host, () => resolve(server));
	});
}

async function route(opts: RouterOptions, req: IncomingMessage, res: ServerResponse) {
	if (req.method === 'OPTIONS') {
		res.writeHead(204).end();
		return;
	}
	const url = new URL(req.url ?? '/', 'http://localhost');
	const [, service, version, ...rest] = url.pathname.split('/');
	const subpath = '/' + rest.join('/');
	if (version !== 'v1') return sendJson(res, 404, { message: 'no Route matched with those values' });
	if (service === 'storage') return opts.storage(req, res, subpath);
	if (service !== 'rest' && service !== 'auth') {
		return sendJson(res, 404, { message: 'no Route matched with those values' });
	}
	const apikey = req.headers.apikey ?? url.searchParams.get('apikey');
	if (!apikey) return sendJson(res, 401, { message: 'No API key found in request' });
	if (typeof apikey !== 'string' || !opts.apiKeys.includes(apikey)) {
		return sendJson(res, 401, { message: 'Invalid API key' });
	}
	if (service === 'auth') return opts.auth(req, res, subpath);
	for (const h of ['accept-profile', 'content-profile'] as const) {
		const schema = req.headers[h];
		if (typeof schema === 'string' && !opts.exposedSchemas.includes(schema)) {
			return sendJson(res, 406, {
				code: 'PGRST106',
				details: null,
				hint: null,
				message: `The schema must be one of the following: ${opts.exposedSchemas.join(', ')}`
			});
		}
	}
	if (!req.headers.authorization) req.headers.authorization = `Bearer ${apikey}`;
	proxy(opts.postgrestUrl() + subpath + url.search, req, res);
}

/** Kept-alive connections to PostgREST: a new TCP connection per request costs more than the query. */
const upstreamAgent = new Agent({ keepAlive: true, maxSockets: 16 });

function proxy(target: string, req: IncomingMessage, res: ServerResponse) {
	const headers = { ...req.headers };
	delete headers.host;
	delete headers.apikey;
	const upstream = httpRequest(target, { method: req.method, headers, agent: upstreamAgent }, (up) => {
		res.writeHead(up.statusCode ?? 502, up.headers);
		up.pipe(res);
	});
	upstream.on('error', () => {
		if (!res.headersSent) sendJson(res, 503, { code: 'PGRST000', message: 'Database API unavailable', details: null, hint: null });
		else res.destroy();
	});
	req.pipe(upstream);
}
