import { centreToday } from '$lib/domain/centre-time';
import { dateTimeFormat } from '$lib/domain/intl-cache';
import type { Locale, Messages } from '$lib/i18n';
import type { SheetSubjectKind } from '$lib/schemas/evidence-request';

/** Days before a needed-by date from which a waiting request is flagged as due soon. */
export const DUE_SOON_DAYS = 3;

/** A calendar day (YYYY-MM-DD, no time zone of its own), e.g. "15 Jun 2026". */
export const formatDay = (day: string, locale: Locale | undefined) =>
	dateTimeFormat(locale === 'km' ? 'km-KH' : 'en-GB', { timeZone: 'UTC', dateStyle: 'medium' }).format(new Date(`${day}T00:00:00Z`));

/** What a sheet is of, in words: "Whole case", "Animal PT-2026-000123", "Lot: Ptyas mucosa". */
export const subjectText = (t: Messages['evidenceRequests'], kind: SheetSubjectKind, label: string | null) =>
	kind === 'case' || !label ? t.subjectKinds[kind] : t.subjectOf[kind](label);

/** What a grant lets a sheet show beyond the custody record. */
export const includesText = (t: Messages['evidenceRequests'], includeVeterinary: boolean, includeOffender: boolean) =>
	t.includes[includeVeterinary ? (includeOffender ? 'both' : 'veterinary') : includeOffender ? 'offender' : 'none'];

/** How pressing a needed-by date is today, in centre time: past, within a few days, or neither. */
export function dueness(neededBy: string | null, today = centreToday()): 'overdue' | 'soon' | null {
	if (!neededBy) return null;
	if (neededBy < today) return 'overdue';
	const soon = new Date(`${today}T00:00:00Z`);
	soon.setUTCDate(soon.getUTCDate() + DUE_SOON_DAYS);
	return neededBy <= soon.toISOString().slice(0, 10) ? 'soon' : null;
}
