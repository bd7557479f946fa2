import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { messages } from '$lib/i18n';
import { LOCALE_COOKIE, resolveLocale } from '$lib/i18n/locale';
import { loginRedirect } from '$lib/server/guards';
import { sessionLoader } from '$lib/server/session';
import { supabaseEnv } from '$lib/server/supabase-env';
import { createRequestClient } from '$lib/server/supabase-server';

/** Say at start-up what is missing; not fatal, since the local stack may start after the app. */
export const init: ServerInit = () => {
	try {
		console.log(`Rescue Ledger on Node ${process.version}, Supabase API: ${supabaseEnv().url}`);
	} catch (err) {
		console.error(err instanceof Error ? err.message : err);
	}
};

const SERIALIZED_HEADERS = new Set(['content-range', 'x-supabase-api-version']);

export const handle: Handle = async ({ event, resolve }) => {
	const started = performance.now();
	// First, so that every error below, even from the guard, can speak the reader's language.
	event.locals.locale = resolveLocale(event.cookies.get(LOCALE_COOKIE), event.request.headers.get('accept-language'));
	event.locals.supabase = createRequestClient(event);
	event.locals.safeGetSession = sessionLoader(event.locals.supabase);

	// Form actions run before any layout load, so the (app) guard lives here, not only in +layout.
	let sessionMs: number | null = null;
	if (event.route.id?.startsWith('/(app)')) {
		const { staff } = await event.locals.safeGetSession();
		sessionMs = performance.now() - started;
		if (!staff?.active) loginRedirect(event.url);
	}

	const response = await resolve(event, {
		filterSerializedResponseHeaders: (name) => SERIALIZED_HEADERS.has(name),
		// Screen readers pick their voice, and CSS its Khmer line height, from <html lang>.
		transformPageChunk: ({ html }) => html.replace('%lang%', event.locals.locale)
	});
	return withServerTiming(response, performance.now() - started, sessionMs);
};

/**
 * The server's own time until the response starts (streamed parts come later), for browsers'
 * developer tools and the benchmarks: a client on a busy machine adds its own delay to what it sees.
 * `session` is the part spent checking who is signed in.
 */
function withServerTiming(response: Response, ms: number, sessionMs: number | null): Response {
	try {
		response.headers.append('server-timing', `app;dur=${ms.toFixed(1)}`);
		if (sessionMs !== null) response.headers.append('server-timing', `session;dur=${sessionMs.toFixed(1)}`);
	} catch {
		// Headers of a response passed through from fetch() are immutable; it goes without.
	}
	return response;
}

/** Log the details for the operator; the user sees a plain sentence and a reference. */
export const handleError: HandleServerError = ({ error, event, status, message }) => {
	// A failure before the locale was resolved still gets an answer, in English.
	const m = messages(event.locals.locale ?? 'en');
	if (status === 404) return { message: m.errors.notFound };
	const reference = crypto.randomUUID().slice(0, 8);
	console.error(`[${reference}] ${event.request.method} ${event.url.pathname}:`, error);
	return { message: status >= 500 ? m.errors.serverError : message, reference };
};
