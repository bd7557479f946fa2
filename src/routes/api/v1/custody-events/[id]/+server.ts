import { ledgerIsAppendOnly } from '$lib/server/api/respond';
import type { RequestHandler } from './$types';

/** There is no way to change or remove one event through the API: every method gets the reason. */
export const fallback: RequestHandler = () => ledgerIsAppendOnly();
