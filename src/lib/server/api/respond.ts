import type { RequestEvent } from '@sveltejs/kit';

/** Every API answer is about one caller's rights at one moment: no cache may keep or share it. */
const HEADERS = { 'cache-control': 'no-store' };

export function apiJson(status: number, body: unknown, headers: Record<string, string> = {}): Response {
	return Response.json(body, { status, headers: { ...HEADERS, ...headers } });
}

/** The error shape partners rely on: a stable code to branch on and an English sentence to log. */
export function apiError(
	status: number,
	error: string,
	message: string,
	extra: Record<string, unknown> = {},
	headers: Record<string, string> = {}
): Response {
	return apiJson(status, { error, message, ...extra }, headers);
}

/** Thrown by the helpers below to answer at once, e.g. 401 from deep inside the token check. */
export class ApiRefusal extends Error {
	constructor(readonly response: Response) {
		super(`API refusal ${response.status}`);
	}
}

/**
 * Wraps an endpoint: refusals become their response; anything unexpected is logged with a short
 * reference and answered 500 without details, so no stack trace or SQL reaches a partner.
 */
export function apiHandler<E extends RequestEvent>(fn: (event: E) => Promise<Response>): (event: E) => Promise<Response> {
	return async (event) => {
		try {
			return await fn(event);
		} catch (err) {
			if (err instanceof ApiRefusal) return err.response;
			const reference = crypto.randomUUID().slice(0, 8);
			console.error(`[${reference}] ${event.request.method} ${event.url.pathname}:`, err);
			return apiError(500, 'internal', 'Something went wrong on our side. Quote the reference when reporting it.', { reference });
		}
	};
}

/** Custody events are never changed or removed, whoever asks: the answer says what to do instead. */
export function ledgerIsAppendOnly(): Response {
	return apiError(
		405,
		'append_only',
		'Custody events cannot be changed or deleted. Record a correcting event (POST /api/v1/custody-events with correctsEventId and correctionReason).',
		{},
		{ allow: 'POST' }
	);
}
