import { apiError } from '$lib/server/api/respond';
import type { RequestHandler } from './$types';

/** Unknown API paths answer JSON like the rest of the API, not the app's HTML error page. */
export const fallback: RequestHandler = ({ url }) =>
	apiError(404, 'not_found', `No endpoint at ${url.pathname}. See docs/api.md.`);
