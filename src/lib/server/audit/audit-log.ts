import type { SupabaseClient } from '@supabase/supabase-js';
import { changedFields, fieldValues, type FieldChange, type FieldValue } from '$lib/domain/audit-change';
import type { AuditAction, AuditFilter } from '$lib/schemas/audit-filter';
import { seizedRange } from '$lib/schemas/case-search';
import type { Database } from '$lib/types/database';
import { staffNames } from './audit-staff';

export const AUDIT_PAGE_SIZE = 50;

/**
 * PostgREST's `estimated` count is exact up to db-max-rows (1000 here and on Supabase) and the
 * planner's estimate beyond: an exact count of a log of every change would read all of it.
 */
const EXACT_COUNT_UP_TO = 1000;

export interface AuditEntry {
	id: number;
	at: string;
	/** null when no signed-in user made the change (a migration, the service role, a job). */
	actor: { id: string; name: string | null } | null;
	dbRole: string;
	table: string;
	rowKey: string;
	action: AuditAction;
	/** An update's changed columns; an insert's or a delete's whole row. */
	change: { kind: 'changed'; fields: FieldChange[] } | { kind: 'values'; values: FieldValue[] };
}

export interface AuditPage {
	entries: AuditEntry[];
	total: number;
	approximate: boolean;
	page: number;
	pageCount: number;
}

const COLUMNS = 'id, at, actor, db_role, table_name, row_key, action, old_values, new_values' as const;

/** One page of the log, newest first, read with the admin's session (RLS: admins only). */
export async function listAuditLog(supabase: SupabaseClient<Database>, filter: AuditFilter): Promise<AuditPage> {
	const query = (head: boolean) => {
		let q = supabase.from('audit_log').select(COLUMNS, { count: 'estimated', head });
		if (filter.table) q = q.eq('table_name', filter.table);
		if (filter.row) q = q.eq('row_key', filter.row);
		if (filter.action) q = q.eq('action', filter.action);
		if (filter.actor) q = q.eq('actor', filter.actor);
		// The same centre-time days as the case search: from 00:00 to the end of `to`.
		const { start, end } = seizedRange(filter);
		if (start) q = q.gte('at', start);
		if (end) q = q.lt('at', end);
		return q;
	};

	const from = (filter.page - 1) * AUDIT_PAGE_SIZE;
	// id, not at: every change of one transaction has the same `at`, and the indexes end in id.
	const { data, count, error } = await query(false)
		.order('id', { ascending: false })
		.range(from, from + AUDIT_PAGE_SIZE - 1);
	// A page past the end (an old link, an estimate too high) is not an error: PostgREST answers 416.
	if (error?.code === 'PGRST103') {
		const counted = await query(true);
		if (counted.error) throw new Error(`could not count the audit log: ${counted.error.code} ${counted.error.message}`);
		return pageOf([], counted.count ?? 0, filter.page);
	}
	if (error) throw new Error(`could not read the audit log: ${error.code} ${error.message}`);

	const names = await staffNames(supabase, data.flatMap((r) => (r.actor ? [r.actor] : [])));
	const entries = data.map(
		(r): AuditEntry => ({
			id: r.id,
			at: r.at,
			actor: r.actor ? { id: r.actor, name: names.get(r.actor) ?? null } : null,
			dbRole: r.db_role,
			table: r.table_name,
			rowKey: r.row_key,
			action: r.action as AuditAction,
			change:
				r.action === 'update'
					? { kind: 'changed', fields: changedFields(r.old_values, r.new_values) }
					: { kind: 'values', values: fieldValues(r.action === 'delete' ? r.old_values : r.new_values) }
		})
	);
	return pageOf(entries, count ?? from + entries.length, filter.page);
}

function pageOf(entries: AuditEntry[], total: number, page: number): AuditPage {
	return {
		entries,
		total,
		approximate: total > EXACT_COUNT_UP_TO,
		page,
		pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE))
	};
}
