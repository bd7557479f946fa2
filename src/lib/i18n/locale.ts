import { z } from 'zod';

export const LOCALES = ['en', 'km'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** The cookie the language switch sets; anything else in it is ignored, never trusted. */
export const LOCALE_COOKIE = 'lang';
export const localeSchema = z.enum(LOCALES);

/** Each language named in itself: someone who cannot read the current one must still find theirs. */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', km: 'ខ្មែរ' };

/** An explicit choice (the cookie) wins over the browser's preference; English when neither helps. */
export function resolveLocale(cookie: string | null | undefined, acceptLanguage: string | null | undefined): Locale {
	const chosen = localeSchema.safeParse(cookie);
	if (chosen.success) return chosen.data;
	return fromAcceptLanguage(acceptLanguage ?? '') ?? DEFAULT_LOCALE;
}

/** The supported language the browser ranks highest, by q-value ("km-KH,km;q=0.9,en;q=0.8"). */
export function fromAcceptLanguage(header: string): Locale | null {
	const ranked = header
		.split(',')
		.map((part, index) => {
			const [tag = '', ...params] = part.trim().split(';');
			const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
			const weight = q === undefined ? 1 : Number(q.slice(2));
			return { primary: tag.trim().toLowerCase().split('-')[0], weight: Number.isFinite(weight) ? weight : 0, index };
		})
		.filter((entry) => entry.weight > 0)
		// Stable for equal weights: the browser's own order decides.
		.sort((a, b) => b.weight - a.weight || a.index - b.index);
	for (const { primary } of ranked) {
		const match = localeSchema.safeParse(primary);
		if (match.success) return match.data;
	}
	return null;
}
