import { z } from 'zod';
import { pageNumberSchema } from './page-number';

/**
 * The /cases search, read from the query string of a GET form. A search never fails: a field that
 * is too long or not a date is ignored rather than answered with an error page, so an old or
 * hand-edited link still lists cases.
 */
const MAX_TERM = 100;

const term = z
	.string()
	.optional()
	.transform((v) => v?.trim().replace(/\s+/g, ' ') ?? '')
	.pipe(z.string().max(MAX_TERM))
	.transform((v) => (v === '' ? null : v))
	.catch(null);

/** `YYYY-MM-DD` as a date input sends it, checked to be a real calendar day. */
const day = z
	.string()
	.optional()
	.transform((v) => v?.trim() ?? '')
	.refine((v) => v === '' || isCalendarDay(v))
	.transform((v) => (v === '' ? null : v))
	.catch(null);

export const caseSearchSchema = z.object({
	number: term,
	species: term,
	agency: term,
	from: day,
	to: day,
	page: pageNumberSchema
});

export type CaseSearch = z.infer<typeof caseSearchSchema>;

export function parseCaseSearch(params: URLSearchParams): CaseSearch {
	return caseSearchSchema.parse({
		number: params.get('number') ?? undefined,
		species: params.get('species') ?? undefined,
		agency: params.get('agency') ?? undefined,
		from: params.get('from') ?? undefined,
		to: params.get('to') ?? undefined,
		page: params.get('page') ?? undefined
	});
}

/** Whether any filter is set: an empty result then means "no match", not "no cases yet". */
export function isFiltered(search: CaseSearch): boolean {
	return Boolean(search.number || search.species || search.agency || search.from || search.to);
}

function isCalendarDay(value: string): boolean {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
	const date = new Date(`${value}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/**
 * A typed term as an ILIKE "contains" pattern that matches the text literally: `%`, `_` and the
 * escape character `\` are escaped. PostgREST turns every `*` into `%` whatever precedes it, so
 * `*` cannot be searched for and is dropped (case numbers cannot contain it).
 */
export function containsPattern(input: string): string {
	return `%${literalPattern(input)}%`;
}

/**
 * A typed term as an ILIKE pattern that matches exactly that text in any letter case: case numbers
 * are unique whatever their case, so "fa/krt/2026/0142" finds FA/KRT/2026/0142.
 */
export function literalPattern(input: string): string {
	return input.replace(/\*/g, '').replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * A value for a PostgREST `or=(…)` list. Commas, parentheses, dots and colons separate the parts of
 * such a list, so the value is double-quoted; inside quotes PostgREST reads `\` as an escape,
 * so `\` and `"` are escaped once more.
 */
export function orFilterValue(value: string): string {
	return `"${value.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

/**
 * The centre-time day range as instants: `from` at 00:00 and the day after `to` at 00:00 in
 * Phnom Penh (UTC+07:00, no daylight saving), for `seized_at >= start and seized_at < end`.
 */
export function seizedRange(search: Pick<CaseSearch, 'from' | 'to'>): { start: string | null; end: string | null } {
	const start = search.from ? `${search.from}T00:00:00+07:00` : null;
	let end: string | null = null;
	if (search.to) {
		const next = new Date(`${search.to}T00:00:00Z`);
		next.setUTCDate(next.getUTCDate() + 1);
		end = `${next.toISOString().slice(0, 10)}T00:00:00+07:00`;
	}
	return { start, end };
}
