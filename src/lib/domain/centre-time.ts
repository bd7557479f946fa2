import { dateTimeFormat } from './intl-cache';

/**
 * Times are stored as instants (timestamptz) and typed and shown in the centre's local time.
 * Cambodia keeps UTC+07:00 all year (no daylight saving), so a fixed offset is exact there; a
 * centre elsewhere would need its zone in the centres table.
 */
export const CENTRE_TIME_ZONE = 'Asia/Phnom_Penh';
const CENTRE_OFFSET = '+07:00';

/** `2026-06-14T12:30` from a datetime-local input → `2026-06-14T12:30:00+07:00`, or null. */
export function localInputToIso(value: string): string | null {
	const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2})?$/.exec(value.trim());
	if (!match) return null;
	const iso = `${match[1]}T${match[2]}${match[3] ?? ':00'}${CENTRE_OFFSET}`;
	return Number.isNaN(Date.parse(iso)) ? null : iso;
}

/** An instant → the `YYYY-MM-DDTHH:mm` a datetime-local input shows, in centre time. */
export function isoToLocalInput(iso: string): string {
	const parts = dateTimeFormat('en-CA', {
		timeZone: CENTRE_TIME_ZONE,
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
		hourCycle: 'h23'
	}).formatToParts(new Date(iso));
	const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
	return `${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}`;
}

/** Date and time in centre time for reading, e.g. "14 Jun 2026, 12:30". */
export function formatCentreTime(iso: string, locale: string): string {
	return dateTimeFormat(locale === 'km' ? 'km-KH' : 'en-GB', {
		timeZone: CENTRE_TIME_ZONE,
		dateStyle: 'medium',
		timeStyle: 'short'
	}).format(new Date(iso));
}

/** Today in centre time, as a date input wants it (YYYY-MM-DD). */
export const centreToday = (now: Date = new Date()) => isoToLocalInput(now.toISOString()).slice(0, 10);
