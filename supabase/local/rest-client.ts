/**
 * How the auth and storage handlers reach the database: through PostgREST, the only SQL client of
 * PGlite at run time (see DESIGN.md), as the service role or as the caller's own JWT.
 */
export interface RestCallOptions {
	/** A JWT; defaults to the service-role key. */
	jwt?: string;
	/** The schema (Accept-/Content-Profile); defaults to stack_internal. */
	schema?: string;
	headers?: Record<string, string>;
}

export interface RestResult<T> {
	status: number;
	ok: boolean;
	data: T;
	headers: Headers;
}

export interface RestClient {
	rpc<T = unknown>(fn: string, args: Record<string, unknown>, opts?: RestCallOptions): Promise<RestResult<T>>;
	request<T = unknown>(method: string, path: string, body?: unknown, opts?: RestCallOptions): Promise<RestResult<T>>;
}

export function createRestClient(baseUrl: () => string, serviceKey: string): RestClient {
	async function request<T>(method: string, path: string, body?: unknown, opts: RestCallOptions = {}) {
		const schema = opts.schema ?? 'stack_internal';
		const res = await fetch(`${baseUrl()}${path}`, {
			method,
			headers: {
				authorization: `Bearer ${opts.jwt ?? serviceKey}`,
				'content-type': 'application/json',
				accept: 'application/json',
				'accept-profile': schema,
				'content-profile': schema,
				...opts.headers
			},
			body: body === undefined ? undefined : JSON.stringify(body)
		});
		const text = await res.text();
		const data = (text ? JSON.parse(text) : null) as T;
		return { status: res.status, ok: res.ok, data, headers: res.headers };
	}
	return {
		request,
		rpc: (fn, args, opts) => request('POST', `/rpc/${fn}`, args, opts)
	};
}
