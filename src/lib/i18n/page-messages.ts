import { page } from '$app/state';
import { messages, type Messages } from './index';
import { DEFAULT_LOCALE } from './locale';

/**
 * The current page's dictionary, from the locale the root layout loads. Read it inside `$derived`
 * (`const m = $derived(pageMessages())`) so a language switch re-renders without a reload.
 * English when the root layout itself failed and page.data is empty.
 */
export function pageMessages(): Messages {
	return messages(page.data.locale ?? DEFAULT_LOCALE);
}
