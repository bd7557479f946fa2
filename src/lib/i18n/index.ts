import { en, type Messages } from './en';
import { km } from './km';
import type { Locale } from './locale';

export type { Messages, ValidationKey } from './en';
export type { Locale } from './locale';

const dictionaries: Record<Locale, Messages> = { en, km };

/** The dictionary for a locale: `messages(locals.locale)` on the server, `pageMessages()` in components. */
export function messages(locale: Locale): Messages {
	return dictionaries[locale];
}
