/**
 * Numbers and dates as the dashboard shows them, in the reader's language. Months (YYYY-MM) and
 * days (YYYY-MM-DD) are already the centre's, computed by the database: they are formatted as
 * calendar values (in UTC), never shifted by the reader's time zone.
 */
const tag = (locale: string) => (locale === 'km' ? 'km-KH' : 'en-GB');

export function monthLabel(month: string, locale: string): string {
	return new Intl.DateTimeFormat(tag(locale), { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));
}

export function dayLabel(day: string, locale: string): string {
	return new Intl.DateTimeFormat(tag(locale), { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}

export function wholeNumber(value: number, locale: string): string {
	return value.toLocaleString(tag(locale), { maximumFractionDigits: 0 });
}

/** 0.0029 → "0.3%"; one decimal, since a centre's rates are often below 1%. */
export function percent(rate: number, locale: string): string {
	return rate.toLocaleString(tag(locale), { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
}
