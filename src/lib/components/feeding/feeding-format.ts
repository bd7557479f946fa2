import { decimal } from '$lib/components/health/health-format';
import { CENTRE_TIME_ZONE } from '$lib/domain/centre-time';
import { dateTimeFormat } from '$lib/domain/intl-cache';
import type { Messages } from '$lib/i18n';
import type { DietItem } from '$lib/schemas/diet-plan';

type M = Messages['feeding'];

/** "Kangkong 1.5 kg, Whole fish 0.5 kg": what one feeding of a plan gives. */
export const itemsText = (items: DietItem[], m: M) => items.map((i) => `${i.food} ${decimal(i.amount)} ${m.units[i.unit]}`).join(', ');

/** A feeding day (a date without time) for reading, e.g. "14 Jun 2026". */
export function dayText(day: string, locale: string): string {
	return dateTimeFormat(locale === 'km' ? 'km-KH' : 'en-GB', { timeZone: 'UTC', dateStyle: 'medium' }).format(new Date(`${day}T00:00:00Z`));
}

/** The centre-time clock time of an instant, e.g. "07:12": when a slot was logged. */
export function clockText(iso: string): string {
	return dateTimeFormat('en-GB', { timeZone: CENTRE_TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso));
}

/** A species as the reader's language names it, the scientific name when it has no such name. */
export const speciesText = (s: { species: string | null; speciesKm: string | null }, locale: string) =>
	(locale === 'km' ? s.speciesKm || s.species : s.species) ?? '';
