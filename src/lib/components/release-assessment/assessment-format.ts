import { dateTimeFormat } from '$lib/domain/intl-cache';
import type { Locale } from '$lib/i18n';
import type { AssessmentQuestion } from '$lib/schemas/release-assessment-page';

/** The checklist is data in both languages: the question and its route in the reader's. */
export const questionText = (q: AssessmentQuestion, locale: Locale) => (locale === 'km' ? q.questionKm : q.questionEn);
export const routeText = (q: AssessmentQuestion, locale: Locale) => (locale === 'km' ? q.routeKm : q.routeEn);

/** A calendar day (YYYY-MM-DD, no time zone of its own), e.g. "15 Jun 2026". */
export function formatDay(day: string, locale: Locale): string {
	return dateTimeFormat(locale === 'km' ? 'km-KH' : 'en-GB', { timeZone: 'UTC', dateStyle: 'medium' }).format(new Date(`${day}T00:00:00Z`));
}
