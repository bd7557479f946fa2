import { describe, expect, it } from 'vitest';
import { containsPattern, isFiltered, literalPattern, orFilterValue, parseCaseSearch, seizedRange } from './case-search';

const parse = (query: string) => parseCaseSearch(new URLSearchParams(query));

describe('case search query string', () => {
	it('reads every field, trimmed, with blanks as no filter', () => {
		expect(parse('number=+FA-2026-0042+&species=python&agency=&from=2026-01-31&to=2026-02-28&page=3')).toEqual({
			number: 'FA-2026-0042',
			species: 'python',
			agency: null,
			from: '2026-01-31',
			to: '2026-02-28',
			page: 3
		});
	});

	it('ignores what it cannot use instead of failing', () => {
		const search = parse(`number=${'x'.repeat(101)}&from=2026-02-30&to=yesterday&page=-2`);
		expect(search).toEqual({ number: null, species: null, agency: null, from: null, to: null, page: 1 });
		expect(isFiltered(search)).toBe(false);
		expect(parse('page=abc').page).toBe(1);
	});

	it('collapses inner whitespace', () => {
		expect(parse('agency=Forestry%20%20%20Administration').agency).toBe('Forestry Administration');
	});

	it('knows when a search is filtered', () => {
		expect(isFiltered(parse('page=2'))).toBe(false);
		expect(isFiltered(parse('to=2026-03-01'))).toBe(true);
	});
});

describe('ILIKE patterns', () => {
	it('wraps the term for "contains"', () => {
		expect(containsPattern('FA-2026')).toBe('%FA-2026%');
	});

	it('escapes the LIKE wildcards and the escape character', () => {
		expect(containsPattern('100%')).toBe('%100\\%%');
		expect(containsPattern('FA_1')).toBe('%FA\\_1%');
		expect(containsPattern('a\\b')).toBe('%a\\\\b%');
		expect(literalPattern('FA_1/100%')).toBe('FA\\_1/100\\%');
	});

	it("drops PostgREST's * wildcard", () => {
		expect(containsPattern('F*A')).toBe('%FA%');
		expect(containsPattern('*')).toBe('%%');
	});

	it('keeps Khmer text as it is', () => {
		expect(containsPattern('ពស់')).toBe('%ពស់%');
	});
});

describe('values in a PostgREST or=(…) list', () => {
	it('quotes values so commas, dots and parentheses stay inside the value', () => {
		expect(orFilterValue('%a,b(c).d:e%')).toBe('"%a,b(c).d:e%"');
	});

	it('escapes quotes and backslashes inside the quotes', () => {
		expect(orFilterValue('say "hi"')).toBe('"say \\"hi\\""');
		// A LIKE-escaped underscore keeps its backslash after PostgREST unquotes the value.
		expect(orFilterValue(containsPattern('a_b'))).toBe('"%a\\\\_b%"');
	});

	it('cannot be closed early to add another condition', () => {
		const value = orFilterValue('x",id.not.is.null,name.eq."y');
		expect(value.startsWith('"') && value.endsWith('"')).toBe(true);
		// Every quote inside is escaped, so the only unescaped quotes are the outer two.
		expect(value.slice(1, -1).replace(/\\./g, '')).not.toContain('"');
	});
});

describe('seized date range in centre time', () => {
	it('starts at midnight in Phnom Penh and ends at the next midnight', () => {
		expect(seizedRange({ from: '2026-03-01', to: '2026-03-31' })).toEqual({
			start: '2026-03-01T00:00:00+07:00',
			end: '2026-04-01T00:00:00+07:00'
		});
	});

	it('rolls over the year and leap days', () => {
		expect(seizedRange({ from: null, to: '2026-12-31' }).end).toBe('2027-01-01T00:00:00+07:00');
		expect(seizedRange({ from: null, to: '2028-02-28' }).end).toBe('2028-02-29T00:00:00+07:00');
		expect(seizedRange({ from: null, to: null })).toEqual({ start: null, end: null });
	});
});
