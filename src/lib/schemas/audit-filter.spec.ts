import { describe, expect, it } from 'vitest';
import { AUDITED_TABLES, isFiltered, parseAuditFilter } from './audit-filter';

const parse = (query: string) => parseAuditFilter(new URLSearchParams(query));
const CASE_ID = '3f1c2a9e-1b2c-4d5e-8f90-1234567890ab';
const ACTOR = '00000000-0000-4000-8000-0000000000a3';

describe('audit log filter', () => {
	it('reads every field, trimmed, with blanks as no filter', () => {
		const result = parse(`table=seizure_cases&row=+${CASE_ID}+&action=update&actor=${ACTOR}&from=2026-03-01&to=2026-03-31&page=2`);
		expect(result).toEqual({
			ok: true,
			filter: { table: 'seizure_cases', row: CASE_ID, action: 'update', actor: ACTOR, from: '2026-03-01', to: '2026-03-31', page: 2 },
			values: { table: 'seizure_cases', row: CASE_ID, action: 'update', actor: ACTOR, from: '2026-03-01', to: '2026-03-31' }
		});
		const empty = parse('table=&row=&action=&actor=&from=&to=');
		expect(empty).toMatchObject({ ok: true, filter: { table: null, row: null, action: null, actor: null, from: null, to: null, page: 1 } });
		expect(isFiltered(empty.values)).toBe(false);
		expect(isFiltered(parse('action=delete').values)).toBe(true);
	});

	it('keeps composite keys of tables without an id', () => {
		const key = `${CASE_ID}/${ACTOR}`;
		expect(parse(`table=case_grants&row=${key}`)).toMatchObject({ ok: true, filter: { table: 'case_grants', row: key } });
	});

	it('lists the tables the log records, evidence requests and documents included', () => {
		expect(AUDITED_TABLES).toContain('animals');
		expect(AUDITED_TABLES).toContain('evidence_documents');
		expect(new Set(AUDITED_TABLES).size).toBe(AUDITED_TABLES.length);
	});

	it('names each field it cannot use, and keeps what was typed', () => {
		const result = parse(`table=audit_log&row=${'x'.repeat(201)}&action=truncate&actor=somebody&from=2026-02-30&to=yesterday`);
		expect(result).toEqual({
			ok: false,
			errors: {
				table: 'audit_table_unknown',
				row: 'audit_row_too_long',
				action: 'audit_action_unknown',
				actor: 'audit_actor_unknown',
				from: 'audit_day_invalid',
				to: 'audit_day_invalid'
			},
			values: { table: 'audit_log', row: 'x'.repeat(201), action: 'truncate', actor: 'somebody', from: '2026-02-30', to: 'yesterday' }
		});
	});

	it('wants the table of a record key', () => {
		expect(parse(`row=${CASE_ID}`)).toMatchObject({ ok: false, errors: { table: 'audit_row_needs_table' } });
	});

	it('refuses an end date before the start date, but takes a single day', () => {
		expect(parse('from=2026-03-02&to=2026-03-01')).toMatchObject({ ok: false, errors: { to: 'audit_range_reversed' } });
		expect(parse('from=2026-03-01&to=2026-03-01')).toMatchObject({ ok: true });
		expect(parse('from=2028-02-29')).toMatchObject({ ok: true });
	});

	it('treats a page number it cannot read as the first page', () => {
		expect(parse('page=abc')).toMatchObject({ ok: true, filter: { page: 1 } });
	});
});
