import { z } from 'zod';
import { issue } from './common';
import { fieldErrors, type FieldErrors } from './form-errors';
import { pageNumberSchema } from './page-number';

/**
 * The tables whose changes the audit log records (migration 20261125000000_create_audit_log.sql,
 * then evidence_requests and evidence_documents, which add their own triggers).
 */
export const AUDITED_TABLES = [
	'centres', 'staff', 'species', 'seizure_cases', 'case_grants', 'case_parties', 'lots', 'animals',
	'evidence_items', 'photos', 'custody_events', 'enclosures', 'quarantine_policies', 'quarantines', 'enclosure_moves',
	'exams', 'lot_exams', 'problems', 'drugs', 'drug_dose_ranges', 'prescriptions', 'administrations', 'lab_results',
	'necropsies', 'diet_plans', 'feeding_logs', 'feeding_alert_reviews', 'evidence_holds', 'dispositions',
	'release_checklists', 'release_checklist_questions', 'release_assessments', 'release_assessment_answers',
	'release_approvals', 'release_events', 'release_monitoring', 'evidence_requests', 'evidence_documents'
] as const;

export const AUDIT_ACTIONS = ['insert', 'update', 'delete'] as const;

export type AuditedTable = (typeof AUDITED_TABLES)[number];
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Row keys are ids or key columns joined by '/': a few uuids at most. */
const MAX_ROW_KEY = 200;

/** An untouched field arrives as '' (or not at all): no filter. */
const blankAsNull = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankAsNull, schema.nullable());

export const auditFilterSchema = z
	.object({
		table: optional(z.enum(AUDITED_TABLES, issue('audit_table_unknown'))),
		row: optional(z.string().max(MAX_ROW_KEY, issue('audit_row_too_long'))),
		action: optional(z.enum(AUDIT_ACTIONS, issue('audit_action_unknown'))),
		actor: optional(z.uuid(issue('audit_actor_unknown'))),
		from: optional(z.iso.date(issue('audit_day_invalid'))),
		to: optional(z.iso.date(issue('audit_day_invalid'))),
		page: pageNumberSchema
	})
	.superRefine((f, ctx) => {
		// The same key names a case and its parties (case_parties is keyed by case_id): a record
		// is a table and a key, and (table_name, row_key) is what the log is indexed by.
		if (f.row && !f.table) ctx.addIssue({ code: 'custom', path: ['table'], message: issue('audit_row_needs_table') });
		if (f.from && f.to && f.from > f.to) ctx.addIssue({ code: 'custom', path: ['to'], message: issue('audit_range_reversed') });
	});

export type AuditFilter = z.infer<typeof auditFilterSchema>;

export const AUDIT_FILTER_FIELDS = ['table', 'row', 'action', 'actor', 'from', 'to'] as const;

/** What the filter form shows again: the query as typed, trimmed. */
export type AuditFilterValues = Record<(typeof AUDIT_FILTER_FIELDS)[number], string>;

export type AuditFilterResult =
	| { ok: true; filter: AuditFilter; values: AuditFilterValues }
	| { ok: false; errors: FieldErrors; values: AuditFilterValues };

export function parseAuditFilter(params: URLSearchParams): AuditFilterResult {
	const values = Object.fromEntries(AUDIT_FILTER_FIELDS.map((f) => [f, params.get(f)?.trim() ?? ''])) as AuditFilterValues;
	const parsed = auditFilterSchema.safeParse({ ...values, page: params.get('page') ?? undefined });
	return parsed.success ? { ok: true, filter: parsed.data, values } : { ok: false, errors: fieldErrors(parsed.error), values };
}

/** Whether any filter is set: an empty result then means "no match", not "nothing logged". */
export function isFiltered(values: AuditFilterValues): boolean {
	return Object.values(values).some((v) => v !== '');
}
