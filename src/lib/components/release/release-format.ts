import { CENTRE_TIME_ZONE } from '$lib/domain/centre-time';
import { dateTimeFormat, numberFormat } from '$lib/domain/intl-cache';
import type { Locale, Messages } from '$lib/i18n';

/** page.data.locale is missing only when the root layout failed: English then. */
type PageLocale = Locale | undefined;
const intlLocale = (locale: PageLocale) => (locale === 'km' ? 'km-KH' : 'en-GB');

/** A calendar day (YYYY-MM-DD, no time zone of its own), e.g. "15 Jun 2026". */
export const formatDay = (day: string, locale: PageLocale) =>
	dateTimeFormat(intlLocale(locale), { timeZone: 'UTC', dateStyle: 'medium' }).format(new Date(`${day}T00:00:00Z`));

/** The centre's calendar day of an instant, e.g. "15 Jun 2026". */
export const formatCentreDay = (iso: string, locale: PageLocale) =>
	dateTimeFormat(intlLocale(locale), { timeZone: CENTRE_TIME_ZONE, dateStyle: 'medium' }).format(new Date(iso));

/** Decimal degrees as typed into a GPS: Western digits in both languages, up to 6 decimals. */
export const formatCoordinates = (latitude: number, longitude: number) => {
	const degrees = numberFormat('en-GB', { maximumFractionDigits: 6, useGrouping: false });
	return `${degrees.format(latitude)}, ${degrees.format(longitude)}`;
};

/** The common name in the reader's language (English when the species has no Khmer name). */
export const commonName = (s: { englishName: string; khmerName: string | null }, locale: PageLocale) =>
	locale === 'km' && s.khmerName ? s.khmerName : s.englishName;

/** Checklist question keys in words: the default checklist's by name, a centre's own by its key. */
export const questionList = (keys: string[], m: Messages) =>
	keys.map((key) => m.release.questions[key] ?? key.replaceAll('_', ' ')).join(', ');
